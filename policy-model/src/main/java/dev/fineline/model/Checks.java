package dev.fineline.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the records; every message names the field and quotes the bad value. */
final class Checks {

    private Checks() {
    }

    static String id(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, was " + quote(value));
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + ": must not start or end with white space, was " + quote(value));
        }
        return value;
    }

    static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value;
    }

    static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + ": must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** An unmodifiable copy that keeps order; null elements are refused with their index. */
    static <T> List<T> list(String field, Collection<? extends T> values) {
        if (values == null) {
            return List.of();
        }
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** An unmodifiable, insertion-ordered set of ids; blank ids are refused with their index. */
    static Set<String> ids(String field, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        int i = 0;
        for (String value : values) {
            copy.add(id(field + "[" + i + "]", value));
            i++;
        }
        return Collections.unmodifiableSet(copy);
    }

    /** An unmodifiable enum set; null elements are refused with their index. */
    static <E extends Enum<E>> Set<E> enums(String field, Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            int i = 0;
            for (E value : values) {
                copy.add(required(field + "[" + i + "]", value));
                i++;
            }
        }
        return Collections.unmodifiableSet(copy);
    }

    static String quote(Object value) {
        return "\"" + Objects.toString(value) + "\"";
    }
}
