package dev.fineline.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An explanation as a message key with named arguments, rendered into a sentence per language. The
 * built-in rules emit phrases instead of sentences, so one decision reads in English or in Norwegian
 * bokmål as the caller asks ({@link EvaluationOptions.Builder#locale}); the texts are in the engine's
 * message catalogue, one template per key and language.
 *
 * <pre>{@code
 * findings.emit(Verdict.FORBIDDEN, $r.id(), Phrase.of("WorkHoursRestrictionOnNonStaff")
 *         .with("person", $p).with("from", $r.from()));
 * }</pre>
 *
 * <p>Arguments are rendered by type: people, accounts, contacts and relationships by their labels
 * ("contractor `p-ola`", "oppdragstaker `p-ola`"), enum constants and collections of them by their
 * names in the language, other phrases by their own template, numbers, dates and strings as they are.
 * Immutable; {@link #with} returns a copy.
 */
public final class Phrase {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final String key;
    private final String[] names;
    private final Object[] values;

    private Phrase(String key, String[] names, Object[] values) {
        this.key = key;
        this.names = names;
        this.values = values;
    }

    /**
     * A phrase without arguments yet.
     *
     * @param key the message key, such as {@code WorkHoursRestrictionOnNonStaff}: letters, digits, {@code _ . -}
     * @return the phrase
     * @throws IllegalArgumentException quoting a key that is not one
     */
    public static Phrase of(String key) {
        if (!isWord(key, 100, "_.-")) {
            throw new IllegalArgumentException("message key: expected letters, digits, '_', '.' or '-', got "
                    + (key == null ? "nothing" : "\"" + key + "\""));
        }
        return new Phrase(key, NO_NAMES, NO_VALUES);
    }

    /**
     * This phrase with one more named argument.
     *
     * @param name  the placeholder it fills, such as {@code person} for {@code {person}}
     * @param value the value, not null: a person, account, contact, relationship, enum constant, collection,
     *              phrase, number, date or string
     * @return a copy with the argument
     * @throws IllegalArgumentException quoting a name that is not one, that the phrase has already, or a
     *                                  missing value
     */
    public Phrase with(String name, Object value) {
        if (!isWord(name, 40, "")) {
            throw new IllegalArgumentException("message " + key + ": argument name: expected letters and digits, got "
                    + (name == null ? "nothing" : "\"" + name + "\""));
        }
        if (argument(name) != null) {
            throw new IllegalArgumentException("message " + key + ": argument \"" + name + "\" is given twice");
        }
        if (value == null) {
            throw new IllegalArgumentException("message " + key + ": argument \"" + name + "\" has no value");
        }
        String[] n = Arrays.copyOf(names, names.length + 1);
        Object[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new Phrase(key, n, v);
    }

    /**
     * The message key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The arguments, by name, in the order they were given.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> arguments() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The sentence in a language.
     *
     * @param locale English or Norwegian bokmål ({@code en}, {@code nb}; {@code no} is taken as bokmål)
     * @return the rendered text
     * @throws IllegalArgumentException quoting a language without texts, or when the catalogue has no
     *                                  template for the key or the template and the arguments disagree
     */
    public String render(Locale locale) {
        StringBuilder out = new StringBuilder(96);
        Messages.render(this, Messages.supported(locale), out);
        return out.toString();
    }

    /** A letter, then letters, digits or one of the extra characters; at most max characters. Checked on every
     * emitted finding, so by hand rather than by a regular expression. */
    private static boolean isWord(String text, int max, String extra) {
        if (text == null || text.isEmpty() || text.length() > max || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    Object argument(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /**
     * Tells whether another phrase has the same key and arguments, arguments compared by what they say: a
     * person by the label they are worded with (engagement and id), not by every field, so a finding about a
     * post is the same finding after its author departs (an open session then reports no change).
     *
     * @param other any object
     * @return true for an equal phrase
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Phrase p) || !p.key.equals(key) || !Arrays.equals(p.names, names)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Messages.sameWords(values[i], p.values[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the key and arguments, consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = key.hashCode();
        for (Object value : values) {
            hash = hash * 31 + Messages.wordsHash(value);
        }
        return hash;
    }

    /**
     * The key and the argument names, for log lines: such as {@code Phrase[HOURS.x person, from]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Phrase[" + key + (names.length == 0 ? "" : " " + String.join(", ", names)) + "]";
    }
}
