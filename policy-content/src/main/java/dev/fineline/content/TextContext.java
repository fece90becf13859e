package dev.fineline.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis needs to know about the organisation and the author of a text.
 *
 * @param confidentialTerms the organisation's code names and other confidential terms, e.g. {@code "Project Falcon"}
 * @param secretClients     contact id to display name, for clients whose outsourcing must stay secret
 * @param contacts          contact id to display name, for every business contact of the situation
 * @param authorIdentifiers the author's own e-mail addresses and phone numbers, which are not flagged
 */
public record TextContext(List<String> confidentialTerms, Map<String, String> secretClients,
        Map<String, String> contacts, Set<String> authorIdentifiers) {

    /** No organisation terms, no contacts, no author identifiers. */
    public static final TextContext EMPTY = new TextContext(List.of(), Map.of(), Map.of(), Set.of());

    /**
     * Validates and copies; a null collection counts as empty.
     *
     * @throws IllegalArgumentException if a term, id, name or identifier is null or blank
     */
    public TextContext {
        confidentialTerms = copyTerms(confidentialTerms);
        secretClients = copyNames("secret client", secretClients);
        contacts = copyNames("contact", contacts);
        authorIdentifiers = copyIdentifiers(authorIdentifiers);
    }

    private static List<String> copyTerms(List<String> terms) {
        if (terms == null || terms.isEmpty()) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(terms.size());
        for (String term : terms) {
            copy.add(nonBlank("confidential term", term));
        }
        return List.copyOf(copy);
    }

    private static Map<String, String> copyNames(String what, Map<String, String> names) {
        if (names == null || names.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        names.forEach((id, name) -> {
            nonBlank(what + " id", id);
            copy.put(id, nonBlank(what + " `" + id + "` name", name));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Set<String> copyIdentifiers(Set<String> identifiers) {
        if (identifiers == null || identifiers.isEmpty()) {
            return Set.of();
        }
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String identifier : identifiers) {
            copy.add(nonBlank("author identifier", identifier));
        }
        return Collections.unmodifiableSet(copy);
    }

    private static String nonBlank(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " \"" + value + "\" is blank");
        }
        return value;
    }

    /**
     * A context with only confidential terms.
     *
     * @param terms the organisation's confidential terms
     * @return a new context
     */
    public static TextContext ofConfidentialTerms(List<String> terms) {
        return new TextContext(terms, Map.of(), Map.of(), Set.of());
    }
}
