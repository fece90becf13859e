package dev.fineline.format;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns located nodes into typed values, collecting every problem with its path and location instead of
 * stopping at the first. Every node it is handed is indexed by path, so problems found later (by the
 * model's own checks) can be located too.
 */
final class Reader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern HOURS_MINUTES = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    /** The dates and instants accepted: years 1 to 9999, as ISO writes them without a sign. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final Pattern MODEL_FIELD = Pattern.compile("^[a-zA-Z]+\\.([a-zA-Z][\\w.\\[\\]]*): (.*)$", Pattern.DOTALL);

    private final String file;
    private final List<FileProblem> problems = new ArrayList<>();
    /** The file's root, problems are located from by their path. */
    private Node root;
    private final Set<String> reported = new java.util.HashSet<>();
    /** Problems found past {@link #MAX_PROBLEMS}: counted, not kept. */
    private int omitted;

    /** The most problems kept for one file; a file with more says how many more there were. */
    static final int MAX_PROBLEMS = 100;

    /** The rule names and guidance ids in force, when the file is read against an engine; else null. */
    private final Set<String> idsInForce;

    Reader(String file) {
        this(file, null);
    }

    Reader(String file, Set<String> idsInForce) {
        this.file = file;
        this.idsInForce = idsInForce;
    }

    /**
     * Checks that an id names a rule or guidance id in force, when the file is read against an engine.
     *
     * @param at   the node to locate a problem at
     * @param line the line to report, or 0 to use the node's
     * @return whether the id is known, or cannot be checked
     */
    boolean checkIdInForce(String id, Node at, int line, int column, String path) {
        if (idsInForce == null || idsInForce.contains(id)) {
            return true;
        }
        if (reported.add(path + "\u0000unknown id")) {
            add(new FileProblem(file, line > 0 ? line : at.line(), line > 0 ? column : at.column(), path,
                    quote(id) + " names no rule and no guidance id in force; `policy rules` lists them"));
        }
        return false;
    }

    List<FileProblem> problems() {
        return problems;
    }

    /** How many problems were found, kept or not. */
    int count() {
        return problems.size() + omitted;
    }

    /** Whether any problem was found, kept or not. */
    boolean failed() {
        return !problems.isEmpty();
    }

    /** The exception carrying every problem kept and the count of those left out. */
    InvalidFileException failure() {
        return new InvalidFileException(problems, omitted);
    }

    private void add(FileProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            // The model's messages quote values too: one problem stays one line.
            problems.add(problem.message().contains("\n") || problem.message().contains("\r")
                    ? new FileProblem(problem.file(), problem.line(), problem.column(), problem.path(),
                            problem.message().replace("\r", "\\r").replace("\n", "\\n"))
                    : problem);
        } else {
            omitted++;
        }
    }

    void problem(Node at, String path, String message) {
        // A field checked here and again by the model's constructor would otherwise be reported twice.
        if (reported.add(path + "\u0000" + message)) {
            add(new FileProblem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
        }
    }

    /** Locates a problem by its path, falling back to the nearest parent the file has. */
    void problemAt(String path, String message) {
        problem(locate(path), path, message);
    }

    /**
     * The node at a path such as {@code posts[3].media[0].room}, found by walking the tree from the
     * file's root; the nearest parent when the path goes further than the file.
     * Walking on demand costs nothing per node read, where an index of every path took a quarter of
     * the heap a maximal file needs.
     */
    private Node locate(String path) {
        return root == null ? null : walk(root, path);
    }

    private static Node walk(Node from, String rest) {
        Node node = from;
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            int end;
            Node next;
            if (c == '[') {
                end = rest.indexOf(']', i);
                if (end < 0 || !(node instanceof Node.Arr arr)) {
                    return node;
                }
                int index;
                try {
                    index = Integer.parseInt(rest.substring(i + 1, end));
                } catch (NumberFormatException e) {
                    return node;
                }
                next = index >= 0 && index < arr.items().size() ? arr.items().get(index) : null;
                end++;
            } else {
                int start = c == '.' ? i + 1 : i;
                end = start;
                while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    end++;
                }
                next = node instanceof Node.Obj obj ? obj.fields().get(rest.substring(start, end)) : null;
            }
            if (next == null) {
                return node;
            }
            node = next;
            i = end;
        }
        return node;
    }

    /** Records a model constructor's complaint at the record's path, or at the field it names. */
    void modelProblem(String recordPath, Node at, IllegalArgumentException e) {
        String message = e.getMessage() == null ? "invalid" : e.getMessage();
        Matcher m = MODEL_FIELD.matcher(message);
        if (m.matches()) {
            String path = recordPath + "." + m.group(1);
            problemAt(path, m.group(2));
        } else {
            int colon = message.indexOf(": ");
            String field = colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(0, colon) : null;
            String record = recordPath.substring(recordPath.lastIndexOf('.') + 1).replaceFirst("\\[\\d+]$", "");
            if (field != null && field.equals(record)) {
                // The record as a whole, such as "workHours: start and end must differ".
                problem(at, recordPath, message.substring(colon + 2));
            } else if (field != null) {
                problemAt(recordPath + "." + field, message.substring(colon + 2));
            } else {
                problem(at, recordPath, message);
            }
        }
    }

    /** Remembers the file's root (the node at the empty path), to locate problems from. */
    void index(String path, Node node) {
        if (root == null && path.isEmpty()) {
            root = node;
        }
    }

    /** Opens a mapping at a path, checking its field names against those allowed. */
    Obj object(Node node, String path, String... allowed) {
        index(path, node);
        if (!(node instanceof Node.Obj obj)) {
            problem(node, path, "expected a mapping, was " + node.kind());
            return null;
        }
        Set<String> names = Set.of(allowed);
        obj.fields().forEach((name, child) -> {
            if (!names.contains(name)) {
                int[] at = obj.keyLocations().get(name);
                add(new FileProblem(file, at[0], at[1], path.isEmpty() ? name : path + "." + name,
                        "unknown field " + quote(name) + ", expected one of " + String.join(", ", allowed)));
            }
        });
        return new Obj(obj, path);
    }

    /** A list at a path; a missing list is empty. */
    List<Node> list(Node node, String path) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof Node.Arr arr) {
            return arr.items();
        }
        if (node instanceof Node.Scalar s && s.text() == null) {
            return List.of();
        }
        problem(node, path, "expected a list, was " + node.kind());
        return List.of();
    }

    /** A mapping's fields, read by name, each with its path. */
    final class Obj {
        private final Node.Obj node;
        private final String path;

        Obj(Node.Obj node, String path) {
            this.node = node;
            this.path = path;
        }

        Node node() {
            return node;
        }

        String path() {
            return path;
        }

        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        Node get(String field) {
            Node value = node.fields().get(field);
            return value instanceof Node.Scalar s && s.text() == null ? null : value;
        }

        boolean has(String field) {
            return get(field) != null;
        }

        /** A text value; numbers and booleans are taken as written. */
        String text(String field) {
            Node value = get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Node.Scalar s) {
                return s.text();
            }
            problem(value, at(field), "expected a text, was " + value.kind());
            return null;
        }

        /** A required id or reference. */
        String id(String field) {
            String value = text(field);
            if (value == null && !node.fields().containsKey(field)) {
                problem(node, at(field), "is required");
            } else if (value == null) {
                problem(node.fields().get(field), at(field), "is required, was null");
            }
            return value;
        }

        /** A boolean: only an unquoted true or false; YAML 1.1's yes, no, on and off are refused. */
        Boolean bool(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            boolean string = ((Node.Scalar) get(field)).string();
            boolean looksBoolean = value.equals("true") || value.equals("false");
            if (looksBoolean && !string) {
                return value.equals("true");
            }
            // A string token that reads "true" can only have been quoted: a plain true is a boolean token.
            problem(get(field), at(field), "expected true or false, was " + (looksBoolean ? "the quoted text " : "") + quote(value));
            return null;
        }

        boolean bool(String field, boolean fallback) {
            Boolean value = bool(field);
            return value == null ? fallback : value;
        }

        /**
         * A whole number in decimal digits, unquoted, within bounds; YAML's 0x1F, 010 (octal in YAML 1.1)
         * and 1_000 are refused rather than read one way or another.
         */
        Integer integer(String field, int min, int max) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            boolean string = ((Node.Scalar) get(field)).string();
            boolean looksWhole = WHOLE_NUMBER.matcher(value).matches();
            if (string || !looksWhole) {
                // As with booleans, a string token of digits was quoted.
                problem(get(field), at(field), "expected a whole number, was " + (string && looksWhole ? "the quoted text " : "")
                        + quote(value));
                return null;
            }
            // At most 100 digits (the parser's limit); anything beyond a long is out of range too.
            long n = value.length() > 18 ? (value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE) : Long.parseLong(value);
            if (n < min || n > max) {
                problem(get(field), at(field), "expected a whole number from " + min + " to " + max + ", was " + quote(value));
                return null;
            }
            return (int) n;
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            return parseEnum(get(field), at(field), type);
        }

        LocalDate date(String field) {
            LocalDate date = parse(field, LocalDate::parse, "a date such as 2026-10-01");
            if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
                problem(get(field), at(field), "expected a date from year 1 to 9999, was " + quote(text(field)));
                return null;
            }
            return date;
        }

        Instant instant(String field) {
            Instant instant = parse(field, s -> OffsetDateTime.parse(s).toInstant(),
                    "a date and time with an offset such as 2026-11-20T10:15:00Z or 2026-11-20T10:15:00+01:00");
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                // Rules count days and hours from these; far-off years overflow that arithmetic.
                problem(get(field), at(field), "expected a date and time from year 1 to 9999, was " + quote(text(field)));
                return null;
            }
            return instant;
        }

        /** A time of day as HH:mm, such as 09:00 (which YAML 1.1 would read as the number 540). */
        LocalTime time(String field) {
            return parse(field, s -> {
                if (!HOURS_MINUTES.matcher(s).matches()) {
                    throw new java.time.DateTimeException("not HH:mm");
                }
                return LocalTime.parse(s);
            }, "a time such as 09:00");
        }

        ZoneId zone(String field) {
            return parse(field, ZoneId::of, "a time zone such as Europe/Oslo or UTC");
        }

        private <T> T parse(String field, Function<String, T> parser, String expected) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (java.time.DateTimeException e) {
                problem(get(field), at(field), "expected " + expected + ", was " + quote(value));
                return null;
            }
        }

        /** A list of ids. */
        List<String> ids(String field) {
            return scalars(field, "an id");
        }

        /** A list of texts. */
        List<String> texts(String field) {
            return scalars(field, "a text");
        }

        private List<String> scalars(String field, String expected) {
            List<String> out = new ArrayList<>();
            List<Node> items = Reader.this.list(get(field), at(field));
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                if (item instanceof Node.Scalar s && s.text() != null) {
                    out.add(s.text());
                } else {
                    problem(item, at(field) + "[" + i + "]", "expected " + expected + ", was " + item.kind());
                }
            }
            return out;
        }

        /** A list of enum values. */
        <E extends Enum<E>> Set<E> enums(String field, Class<E> type) {
            Set<E> out = new LinkedHashSet<>();
            List<Node> items = Reader.this.list(get(field), at(field));
            for (int i = 0; i < items.size(); i++) {
                E value = parseEnum(items.get(i), at(field) + "[" + i + "]", type);
                if (value != null) {
                    out.add(value);
                }
            }
            return out;
        }

        Set<DayOfWeek> days(String field) {
            Set<DayOfWeek> out = new LinkedHashSet<>();
            List<Node> items = Reader.this.list(get(field), at(field));
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String text = item instanceof Node.Scalar s ? s.text() : null;
                DayOfWeek day = text == null ? null : Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().substring(0, 3).equals(text)).findFirst().orElse(null);
                if (day == null) {
                    problem(item, at(field) + "[" + i + "]", "unknown day " + (text == null ? item.kind() : quote(text))
                            + ", expected one of MON, TUE, WED, THU, FRI, SAT, SUN");
                } else {
                    out.add(day);
                }
            }
            return out;
        }

        /** A nested mapping, or null when absent. */
        Obj object(String field, String... allowed) {
            Node value = get(field);
            return value == null ? null : Reader.this.object(value, at(field), allowed);
        }

        /** A list at a field. */
        List<Node> list(String field) {
            return Reader.this.list(get(field), at(field));
        }
    }

    <E extends Enum<E>> E parseEnum(Node node, String path, Class<E> type) {
        if (node == null) {
            return null;
        }
        String text = node instanceof Node.Scalar s ? s.text() : null;
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problem(node, path, (text == null ? "expected one of " + allowed + ", was " + node.kind()
                : "unknown value " + quote(text) + ", expected one of " + allowed));
        return null;
    }

    /** The longest part of a value quoted in a message. */
    private static final int QUOTE_CHARS = 100;

    /**
     * A value as the user wrote it, in double quotes, on one line: line breaks and other control
     * characters are escaped, and a long value is cut with an ellipsis.
     */
    static String quote(String value) {
        return "\"" + oneLine(value) + "\"";
    }

    /** Text with its control characters escaped and cut to a readable length. */
    static String oneLine(String value) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(value.length(), QUOTE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return value.length() > QUOTE_CHARS ? out.append("…").toString() : out.toString();
    }
}
