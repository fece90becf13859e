package dev.fineline.content;

import dev.fineline.content.Lexicon.Context;
import dev.fineline.content.Lexicon.Entry;
import dev.fineline.content.Lexicon.Kind;
import dev.fineline.model.ContentTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the lexicon format.
 *
 * <pre>
 * # a comment; blank lines are ignored
 * tag: THREAT                     # the family of the entries that follow (a content tag), or
 * kind: idiom                     # idiom | negation | negation-skip | reporting | cue
 * name: opinion                   # the cue's name, for kind: cue
 * language: en                    # en | nb
 * context: negation quotation     # optional: what turns a signal off (negation, quotation, reporting, idiom, none)
 * requires: opinion               # optional: a cue that must occur in the same sentence
 * overrides: COMPANY_LEGAL_MATTER  # optional: tags this family turns off in the same sentence
 * watch (your|his|her) back       # an entry; (a|b|) are alternatives, the empty one included
 * fuck*                           # the last word may go on: fucking, fucked
 * ~motherfuck*                    # may also match inside a longer word (run-together text)
 * </pre>
 *
 * Headers apply to the entries after them. Entries are matched after normalisation, as whole words.
 */
final class LexiconParser {

    static final int MAX_VARIANTS = 4096;
    private static final int MIN_INSIDE = 4;
    private static final Set<String> KEYS = Set.of("tag", "kind", "name", "language", "context", "requires",
            "overrides");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private Kind kind;
    private ContentTag tag;
    private String cue;
    private String language;
    private Set<Context> contexts;
    private String requires;
    private Set<ContentTag> overrides = Set.of();

    private LexiconParser(String file) {
        this.file = file;
    }

    /**
     * Parses one file.
     *
     * @param file  the file's name, for messages
     * @param lines its lines
     * @return its entries
     * @throws InvalidLexiconException listing every problem
     */
    static List<Entry> parse(String file, List<String> lines) {
        LexiconParser parser = new LexiconParser(file);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        if (parser.entries.isEmpty() && parser.problems.isEmpty()) {
            parser.problems.add(file + ": no entries");
        }
        if (!parser.problems.isEmpty()) {
            throw new InvalidLexiconException(parser.problems);
        }
        return List.copyOf(parser.entries);
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }

    private void line(int number, String raw) {
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).chars().allMatch(c -> c == '-' || (c >= 'a' && c <= 'z'))
                && (colon + 1 == line.length() || line.charAt(colon + 1) == ' ')) {
            header(number, line.substring(0, colon), line.substring(colon + 1).strip());
            return;
        }
        entry(number, line);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        if (line.startsWith("#")) {
            return "";
        }
        return hash < 0 ? line : line.substring(0, hash);
    }

    private void header(int number, String key, String value) {
        if (!KEYS.contains(key)) {
            problem(number, "unknown header \"" + key + "\", expected one of tag, kind, name, language, context, requires, overrides");
            return;
        }
        switch (key) {
            case "tag" -> {
                try {
                    tag = ContentTag.valueOf(value);
                    kind = Kind.TAG;
                    contexts = Context.defaults(tag);
                    requires = null;
                    overrides = Set.of();
                } catch (IllegalArgumentException e) {
                    tag = null;
                    kind = null;
                    problem(number, "unknown tag \"" + value + "\", expected a content tag such as THREAT or UPCOMING_LAUNCH");
                }
            }
            case "kind" -> {
                tag = null;
                requires = null;
                overrides = Set.of();
                contexts = EnumSet.noneOf(Context.class);
                kind = switch (value) {
                    case "idiom" -> Kind.IDIOM;
                    case "negation" -> Kind.NEGATION;
                    case "negation-skip" -> Kind.NEGATION_SKIP;
                    case "reporting" -> Kind.REPORTING;
                    case "cue" -> Kind.CUE;
                    default -> {
                        problem(number, "unknown kind \"" + value + "\", expected one of idiom, negation, negation-skip, reporting, cue");
                        yield null;
                    }
                };
            }
            case "name" -> {
                if (!value.matches("[a-z][a-z0-9-]*")) {
                    problem(number, "bad cue name \"" + value + "\", expected lower-case letters, digits and dashes");
                } else {
                    cue = value;
                }
            }
            case "language" -> {
                if (!value.equals("en") && !value.equals("nb")) {
                    problem(number, "unknown language \"" + value + "\", expected en or nb");
                } else {
                    language = value;
                }
            }
            case "context" -> {
                EnumSet<Context> set = EnumSet.noneOf(Context.class);
                for (String word : value.split("[ ,]+")) {
                    if (word.equals("none") || word.isEmpty()) {
                        continue;
                    }
                    try {
                        set.add(Context.valueOf(word.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        problem(number, "unknown context \"" + word + "\", expected negation, quotation, reporting, idiom or none");
                    }
                }
                contexts = set;
            }
            case "overrides" -> {
                EnumSet<ContentTag> set = EnumSet.noneOf(ContentTag.class);
                for (String word : value.split("[ ,]+")) {
                    try {
                        set.add(ContentTag.valueOf(word));
                    } catch (IllegalArgumentException e) {
                        problem(number, "unknown tag \"" + word + "\" in overrides");
                    }
                }
                overrides = Set.copyOf(set);
            }
            default -> {
                if (!value.matches("[a-z][a-z0-9-]*")) {
                    problem(number, "bad cue name \"" + value + "\", expected lower-case letters, digits and dashes");
                } else {
                    requires = value;
                }
            }
        }
    }

    private void entry(int number, String line) {
        if (kind == null) {
            problem(number, "entry \"" + line + "\" before a tag: or kind: header");
            return;
        }
        if (language == null) {
            problem(number, "entry \"" + line + "\" before a language: header");
            return;
        }
        if (kind == Kind.CUE && cue == null) {
            problem(number, "cue entry \"" + line + "\" before a name: header");
            return;
        }
        List<String> variants;
        try {
            variants = expand(line);
        } catch (IllegalArgumentException e) {
            problem(number, e.getMessage());
            return;
        }
        for (String variant : variants) {
            String written = variant.strip().replaceAll(" {2,}", " ");
            boolean inside = written.startsWith("~");
            if (inside) {
                written = written.substring(1).strip();
            }
            boolean prefix = written.endsWith("*") && !written.endsWith(" *");
            String body = prefix ? written.substring(0, written.length() - 1) : written;
            String normalized = NormalizedText.normalizeEntry(body);
            if (normalized.isEmpty()) {
                problem(number, "entry \"" + line + "\" has no letters or digits");
                return;
            }
            if (inside && normalized.indexOf(' ') >= 0) {
                problem(number, "inside-word entry \"" + line + "\" has more than one word");
                return;
            }
            if (inside && normalized.length() < MIN_INSIDE) {
                problem(number, "inside-word entry \"" + line + "\" is shorter than " + MIN_INSIDE + " letters");
                return;
            }
            entries.add(new Entry(kind, tag, language, kind == Kind.CUE ? cue : null, written, normalized, prefix,
                    inside, contexts, requires, overrides));
        }
    }

    /**
     * Expands the alternatives of an entry: {@code "watch (your|his) back"} is two entries.
     *
     * @param line an entry
     * @return its variants
     * @throws IllegalArgumentException with the message of a problem
     */
    static List<String> expand(String line) {
        List<String> variants = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ')') {
                throw new IllegalArgumentException("unbalanced \")\" in entry \"" + line + "\"");
            }
            if (c != '(') {
                int next = i;
                while (next < line.length() && line.charAt(next) != '(' && line.charAt(next) != ')') {
                    next++;
                }
                String literal = line.substring(i, next);
                variants.replaceAll(v -> v + literal);
                i = next;
                continue;
            }
            int close = line.indexOf(')', i);
            int nested = line.indexOf('(', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced \"(\" in entry \"" + line + "\"");
            }
            if (nested >= 0 && nested < close) {
                throw new IllegalArgumentException("nested \"(\" in entry \"" + line + "\"");
            }
            List<String> options = Arrays.asList(line.substring(i + 1, close).split("\\|", -1));
            if (variants.size() * options.size() > MAX_VARIANTS) {
                throw new IllegalArgumentException("entry \"" + line + "\" expands to more than " + MAX_VARIANTS + " variants");
            }
            List<String> product = new ArrayList<>(variants.size() * options.size());
            for (String v : variants) {
                for (String o : options) {
                    product.add(v + o.strip());
                }
            }
            variants = product;
            i = close + 1;
        }
        return variants;
    }
}
