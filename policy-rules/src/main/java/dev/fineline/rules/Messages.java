package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.Engagement;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Relationship;
import dev.fineline.model.RelationshipKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The message catalogue: one template per key and language, read from
 * {@code messages/<theme>.properties} (English) and {@code messages/<theme>_nb.properties} (Norwegian
 * bokmål) beside this class, a file per rule theme and one, {@code common}, for the words every
 * theme shares (people, accounts, tags, obligations, the evidence read in a text, the command line's).
 *
 * <p>A template is text with {@code {name}} placeholders and nothing else: no quoting rules, so an
 * apostrophe is an apostrophe. A placeholder the phrase does not fill, or an argument the template
 * does not use, is an error rather than a sentence with a gap.
 */
final class Messages {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    /** The languages with texts, English first: the language of a call that names none. */
    static final List<Locale> LANGUAGES = List.of(ENGLISH, NORWEGIAN);

    /** The catalogue files beside this class: the shared words, then one per built-in rule theme. */
    static final List<String> FILES;

    static {
        List<String> files = new ArrayList<>();
        files.add("common");
        files.addAll(RuleSource.BUILT_IN_THEMES);
        FILES = List.copyOf(files);
    }

    /**
     * A parsed template: literal text at even indexes of {@code parts}, placeholder names at odd ones, and
     * each placeholder name once in {@code names}.
     */
    private record Template(String[] parts, String[] names) {
    }

    private static final Map<String, Template> EN = load("");
    private static final Map<String, Template> NB = load("_nb");

    private Messages() {
    }

    /**
     * The language of a locale that has texts.
     *
     * @throws IllegalArgumentException quoting a locale of another language
     */
    static Locale supported(Locale locale) {
        if (locale == null) {
            throw new IllegalArgumentException("locale: is required; expected en or nb");
        }
        String language = locale.getLanguage();
        if (language.equals("en")) {
            return ENGLISH;
        }
        if (language.equals("nb") || language.equals("no")) {
            return NORWEGIAN;
        }
        throw new IllegalArgumentException("locale: no texts in \"" + locale.toLanguageTag() + "\"; expected en or nb");
    }

    /**
     * The language a command-line or request argument names.
     *
     * @throws IllegalArgumentException quoting a tag that names no language with texts
     */
    static Locale language(String tag) {
        if (tag == null || tag.isBlank() || !tag.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("language: expected en or nb, got " + (tag == null ? "nothing" : "\"" + tag + "\""));
        }
        return supported(Locale.forLanguageTag(tag.replace('_', '-')));
    }

    /** A catalogue text with its arguments given as name, value pairs. */
    static String text(Locale locale, String key, Object... pairs) {
        Phrase phrase = Phrase.of(key);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            phrase = phrase.with((String) pairs[i], pairs[i + 1]);
        }
        return phrase.render(locale);
    }

    /** One value worded as a phrase argument is: a person's label, a tag's name, a list of them. */
    static String word(Locale locale, Object value) {
        StringBuilder out = new StringBuilder(32);
        value(Phrase.of("word"), "value", value, supported(locale), out);
        return out.toString();
    }

    /** Items joined as a sentence lists them: "a, b and c" / "a, b og c". */
    static String list(Locale locale, List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return text(locale, "list.and", "list", String.join(", ", items.subList(0, items.size() - 1)),
                "last", items.get(items.size() - 1));
    }

    /** The keys of a language's catalogue. */
    static Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(templates(supported(locale)).keySet());
    }

    /** The placeholder names of one template, in the order they first appear; null when the key has no text. */
    static Set<String> placeholders(Locale locale, String key) {
        Template template = templates(supported(locale)).get(key);
        return template == null ? null : new LinkedHashSet<>(List.of(template.names()));
    }

    /** The template of a key in a language with texts. */
    private static Template template(String key, Locale language) {
        Template template = templates(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("message " + key + ": no " + language.getLanguage() + " text");
        }
        return template;
    }

    private static Map<String, Template> templates(Locale language) {
        return language == NORWEGIAN ? NB : EN;
    }

    static void render(Phrase phrase, Locale language, StringBuilder out) {
        Template template = template(phrase.key(), language);
        for (String name : template.names()) {
            if (phrase.argument(name) == null) {
                throw new IllegalArgumentException("message " + phrase.key() + ": the " + language.getLanguage()
                        + " text uses {" + name + "}, which is not given");
            }
        }
        // every placeholder is given and a phrase's names are distinct: equal counts leave no argument unused
        if (template.names().length != phrase.size()) {
            List<String> used = List.of(template.names());
            for (int i = 0; i < phrase.size(); i++) {
                if (!used.contains(phrase.name(i))) {
                    throw new IllegalArgumentException("message " + phrase.key() + ": argument \"" + phrase.name(i)
                            + "\" is given, but the " + language.getLanguage() + " text does not use it");
                }
            }
        }
        String[] parts = template.parts();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else {
                value(phrase, parts[i], phrase.argument(parts[i]), language, out);
            }
        }
    }

    /** The catalogue keys of each enum's constants, {@code <SimpleName>.<CONSTANT>}, made once per enum. */
    private static final ClassValue<String[]> CONSTANT_KEYS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] keys = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                keys[i] = type.getSimpleName() + "." + ((Enum<?>) constants[i]).name();
            }
            return keys;
        }
    };

    /** Words a constant by its text, which has no placeholders. */
    private static void constant(Enum<?> constant, Locale language, StringBuilder out) {
        String key = CONSTANT_KEYS.get(constant.getDeclaringClass())[constant.ordinal()];
        Template template = template(key, language);
        if (template.names().length > 0) {
            throw new IllegalArgumentException("message " + key + ": the " + language.getLanguage()
                    + " text of a constant uses a placeholder");
        }
        out.append(template.parts()[0]);
    }

    /**
     * Renders a label template whose only placeholders are {@code {id}} and, for accounts, {@code {platform}}:
     * the labels of people, accounts, contacts and relationships, on every finding, without building a phrase.
     */
    private static void label(String key, String id, Platform platform, Locale language, StringBuilder out) {
        Template template = template(key, language);
        String[] parts = template.parts();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else if (parts[i].equals("id")) {
                out.append(id);
            } else if (parts[i].equals("platform") && platform != null) {
                constant(platform, language, out);
            } else {
                throw new IllegalArgumentException("message " + key + ": the " + language.getLanguage()
                        + " text uses {" + parts[i] + "}, which is not given");
            }
        }
    }

    /** What an argument is worded by: a model object by the fields of its label, anything else by itself. */
    private static Object words(Object value) {
        if (value instanceof Person person) {
            return java.util.Arrays.asList("person", person.engagement(), person.salaried(), person.id());
        } else if (value instanceof Account account) {
            return java.util.Arrays.asList("account", account.kind(), account.platform(), account.id());
        } else if (value instanceof Contact contact) {
            return java.util.Arrays.asList("contact", contact.kind(), contact.id());
        } else if (value instanceof Relationship rel) {
            return java.util.Arrays.asList("relationship", rel.kind(), rel.accepted(), rel.id());
        } else if (value instanceof Collection<?> items) {
            // in order: a collection is worded in its order
            List<Object> words = new ArrayList<>(items.size());
            for (Object item : items) {
                words.add(words(item));
            }
            return words;
        }
        return value;
    }

    /** Tells whether two arguments are worded alike in every language (Phrase.equals). */
    static boolean sameWords(Object a, Object b) {
        return a == b || (a != null && b != null && words(a).equals(words(b)));
    }

    /** A hash consistent with {@link #sameWords}. */
    static int wordsHash(Object value) {
        return value == null ? 0 : words(value).hashCode();
    }

    /** Words one argument by its type. */
    private static void value(Phrase phrase, String name, Object value, Locale language, StringBuilder out) {
        if (value instanceof CharSequence text) {
            out.append(text);
        } else if (value instanceof Phrase nested) {
            render(nested, language, out);
        } else if (value instanceof Person person) {
            String kind = person.engagement() == Engagement.EMPLOYEE && !person.salaried() ? "HOURLY_EMPLOYEE"
                    : person.engagement().name();
            label("person." + kind, person.id(), null, language, out);
        } else if (value instanceof Account account) {
            if (account.platform() == Platform.OTHER) {
                label("account." + account.kind().name() + ".other", account.id(), null, language, out);
            } else {
                label("account." + account.kind().name(), account.id(), account.platform(), language, out);
            }
        } else if (value instanceof Contact contact) {
            label("contact." + contact.kind().name(), contact.id(), null, language, out);
        } else if (value instanceof Relationship rel) {
            boolean pending = !rel.accepted() && rel.kind() != RelationshipKind.CONNECTION;
            label("relationship." + rel.kind().name() + (pending ? ".pending" : ""), rel.id(), null, language, out);
        } else if (value instanceof Enum<?> constant) {
            constant(constant, language, out);
        } else if (value instanceof Collection<?> items) {
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                value(phrase, name, item, language, out);
            }
        } else if (value instanceof ZonedDateTime moment) {
            value(phrase, name, moment.getDayOfWeek(), language, out);
            out.append(' ').append(moment.toLocalDate()).append(' ')
                    .append(moment.toLocalTime().truncatedTo(ChronoUnit.MINUTES)).append(' ')
                    .append(moment.getZone().normalized().equals(ZoneOffset.UTC) ? "UTC" : moment.getZone().getId());
        } else if (value instanceof Number || value instanceof TemporalAccessor || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("message " + phrase.key() + ": argument \"" + name
                    + "\" is of a kind the catalogue cannot word");
        }
    }

    private static Map<String, Template> load(String suffix) {
        Map<String, Template> templates = new HashMap<>();
        Map<String, String> from = new HashMap<>();
        for (String file : FILES) {
            String resource = "messages/" + file + suffix + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("message catalogue " + resource + " is missing from the class path");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : properties.stringPropertyNames()) {
                String earlier = from.put(key, resource);
                if (earlier != null) {
                    throw new IllegalStateException("message catalogue " + resource + ": key " + key + " is also in " + earlier);
                }
                String[] parts = parse(resource, key, properties.getProperty(key));
                Set<String> names = new LinkedHashSet<>();
                for (int i = 1; i < parts.length; i += 2) {
                    names.add(parts[i]);
                }
                templates.put(key, new Template(parts, names.toArray(new String[0])));
            }
        }
        return Map.copyOf(templates);
    }

    /** Splits a template into literal text (even indexes) and placeholder names (odd indexes). */
    static String[] parse(String resource, String key, String template) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                String name = close < 0 ? "" : template.substring(i + 1, close);
                if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                    throw new IllegalStateException("message catalogue " + resource + ": " + key
                            + ": a '{' must open a placeholder such as {person}, at offset " + i);
                }
                parts.add(literal.toString());
                literal.setLength(0);
                parts.add(name);
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalStateException("message catalogue " + resource + ": " + key + ": '}' without '{' at offset " + i);
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(literal.toString());
        return parts.toArray(new String[0]);
    }
}
