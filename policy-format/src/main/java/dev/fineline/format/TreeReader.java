package dev.fineline.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into a located {@link Node} tree with Jackson's streaming parsers, within fixed
 * limits so that hostile files fail with a located message rather than exhaust memory or stack.
 */
final class TreeReader {

    /** The deepest nesting accepted; the situation format needs fewer than ten levels, a scenario list a few more. */
    static final int MAX_DEPTH = 64;
    /** The largest document accepted, in characters (10 MB). */
    static final int MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;
    /** The longest single text value accepted, in characters (1 MB). */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** YAML aliases SnakeYAML accepts per document; this reader refuses every alias before it is expanded anyway. */
    static final int MAX_ALIASES = 50;
    /**
     * The most values (mappings, lists and scalars, keys not counted) one document may hold. A valid
     * situation needs two or three per field; this bounds the memory a 10 MB file of tiny values such as
     * {@code [{}, {}, ...]} can take, which would otherwise be about 100 bytes of heap per byte of file.
     */
    static final int MAX_NODES = 500_000;

    /*
     * Jackson's own limits sit one level above ours, so that our check, which knows where the
     * offending node starts, fires first; Jackson's stay as a backstop.
     */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxStringLength(MAX_STRING_CHARS + 1)
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNameLength(10_000)
            .maxNumberLength(100)
            .build();

    /* Duplicate keys are refused while building the tree, with this reader's own located message. */
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    private static final YAMLFactory YAML = yamlFactory();

    private TreeReader() {
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        // An empty plain value (`people:`) is null, as in YAML itself; a quoted '' stays an empty text.
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    /** Whether a file name or, failing that, its content says JSON. */
    static boolean isJson(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        String start = content.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The one problem of a file that cannot be parsed. */
    private static InvalidFileException problem(String fileName, int line, int column, String message) {
        return new InvalidFileException(List.of(new FileProblem(fileName, Math.max(line, 0), Math.max(column, 0), "", message)));
    }

    /**
     * Parses a document.
     *
     * @return the root node, or null for an empty document
     * @throws InvalidFileException with the parser's located message
     */
    static Node read(String content, String fileName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw problem(fileName, 0, 0, "file is larger than " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB");
        }
        JsonParser parser;
        try {
            parser = (isJson(fileName, text) ? JSON : YAML).createParser(text);
        } catch (IOException e) {
            throw problem(fileName, 0, 0, "cannot parse: " + describe(e));
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = value(parser, first, 0, new int[1]);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new Located(parser.currentTokenLocation(), "more than one document in the file; expected exactly one");
            }
            return root;
        } catch (Located e) {
            throw problem(fileName, e.line, e.column, e.getMessage());
        } catch (JsonProcessingException e) {
            // Limit breaches carry no location of their own: the parser's position is where it stopped.
            JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
            throw problem(fileName, at.getLineNr(), at.getColumnNr(), describe(e));
        } catch (IOException | RuntimeException e) {
            JsonLocation at = parser.currentLocation();
            throw problem(fileName, at.getLineNr(), at.getColumnNr(), "cannot parse: " + describe(e));
        }
    }

    /** A problem found while building the tree, with the place it starts. */
    private static final class Located extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Located(JsonLocation at, String message) {
            super(message);
            this.line = at.getLineNr();
            this.column = at.getColumnNr();
        }
    }

    private static Node value(JsonParser parser, JsonToken token, int depth, int[] nodes) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (++nodes[0] > MAX_NODES) {
            throw new Located(at, "more than " + String.format(Locale.ROOT, "%,d", MAX_NODES)
                    + " values in the file; a situation needs far fewer");
        }
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Aliases are refused outright: no "billion laughs", and no value that means something it does not say.
            throw new Located(at, "YAML aliases (*" + Reader.oneLine(parser.getText()) + ") are not supported; write the value out");
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw new Located(at, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        switch (token) {
            case START_OBJECT: {
                Node.Obj obj = new Node.Obj(line, column);
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (obj.fields().containsKey(name)) {
                        throw new Located(keyAt, "duplicate field " + Reader.quote(name));
                    }
                    Node child = value(parser, parser.nextToken(), depth + 1, nodes);
                    obj.fields().put(name, child);
                    obj.keyLocations().put(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new Located(parser.currentLocation(), "unexpected end of input in a mapping");
                }
                return obj;
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new Located(parser.currentLocation(), "unexpected end of input in a list");
                    }
                    items.add(value(parser, next, depth + 1, nodes));
                }
                return new Node.Arr(items, line, column);
            }
            case VALUE_NULL:
                return new Node.Scalar(null, false, line, column);
            default:
                if (token.isScalarValue()) {
                    String text = parser.getText();
                    if (text.length() > MAX_STRING_CHARS) {
                        throw new Located(at, "text longer than " + MAX_STRING_CHARS / (1024 * 1024) + " MB");
                    }
                    return new Node.Scalar(text, token == JsonToken.VALUE_STRING, line, column);
                }
                throw new Located(at, "unexpected " + token);
        }
    }

    /** What SnakeYAML's event classes stand for, in the words of the format. */
    private static final java.util.Map<String, String> EVENTS = java.util.Map.of(
            "MappingStartEvent", "a mapping", "SequenceStartEvent", "a list", "AliasEvent", "an alias",
            "ScalarEvent", "a value", "MappingEndEvent", "the end of a mapping", "SequenceEndEvent", "the end of a list",
            "DocumentStartEvent", "a new document", "DocumentEndEvent", "the end of the document",
            "StreamEndEvent", "the end of the file");

    /** Jackson's and SnakeYAML's own vocabulary (event objects, source echoes, class names) in plain words. */
    static String plainWords(String message) {
        String out = message;
        // "expected a field name (Scalar value in YAML), got this instead: <org.yaml.snakeyaml.events.MappingStartEvent(...)>"
        java.util.regex.Matcher event = java.util.regex.Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)\\(.*?\\)>?")
                .matcher(out);
        StringBuilder replaced = new StringBuilder();
        while (event.find()) {
            event.appendReplacement(replaced, java.util.regex.Matcher.quoteReplacement(EVENTS.getOrDefault(event.group(1), "something else")));
        }
        out = event.appendTail(replaced).toString();
        out = out.replace("expected a field name (Scalar value in YAML), got this instead: ",
                "expected a field name (plain text), found ");
        // "expected close marker for Array (start marker at [Source: REDACTED (...); line: 1, column: 1])"
        out = out.replaceAll("expected close marker for Array \\(start marker at \\[Source:.*?; line: (\\d+), column: (\\d+)\\]\\)",
                "expected ']' to close the list that starts at line $1, column $2");
        out = out.replaceAll("expected close marker for Object \\(start marker at \\[Source:.*?; line: (\\d+), column: (\\d+)\\]\\)",
                "expected '}' to close the mapping that starts at line $1, column $2");
        out = out.replaceAll("\\s*\\(?at \\[Source:.*?; line: (\\d+), column: (\\d+)\\]\\)?", " at line $1, column $2");
        out = out.replaceAll("\\s*\\[Source:.*?\\]", "");
        // Features and limits that a user cannot switch anyway.
        out = out.replaceAll(";?\\s*\\(?(use|enable|disable)?\\s*`?\\w+(Read|Write|Parser|Generator)?Feature\\.\\w+`?[^;)]*\\)?", "");
        out = out.replaceAll("\\s*\\(?(as )?(defined|set) by `?StreamReadConstraints\\.\\w+\\(\\)`?\\)?", "");
        out = out.replaceAll("\\s*\\(Scalar value in YAML\\)", "");
        if (FORBIDDEN.matcher(out).find()) {
            return "the file is not well-formed here";
        }
        return out.strip();
    }

    /** Words a message must not carry once plain: the last resort is a generic message with the location. */
    private static final java.util.regex.Pattern FORBIDDEN = java.util.regex.Pattern.compile(
            "org\\.yaml|com\\.fasterxml|jackson|snakeyaml|StreamReadConstraints|Feature\\.|\\[Source:|\\w+Event\\b|Exception");

    /** The parser's message, first line only, without Jackson's source echo and class names. */
    private static String describe(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return "unreadable content";
        }
        // SnakeYAML's messages interleave what happened with " in 'reader', line …" marks and an echo of
        // the source; the lines that start at the margin say what is wrong.
        StringBuilder said = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                said.append(said.length() == 0 ? "" : ": ").append(line.strip());
            }
        }
        String first = said.length() == 0 ? message.strip().split("\\R", 2)[0] : said.toString();
        first = first.replaceAll("\\s*\\(for [^)]*\\)", "").replaceAll("com\\.fasterxml\\.jackson\\.[\\w.]+", "parser");
        first = plainWords(first);
        if (first.contains("nesting depth")) {
            return "nesting deeper than " + MAX_DEPTH + " levels";
        }
        if (first.contains("String value length") || first.contains("string value length")) {
            return "text longer than " + MAX_STRING_CHARS / (1024 * 1024) + " MB";
        }
        if (first.contains("document length") || first.contains("code points")) {
            return "file is larger than " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB";
        }
        if (first.contains("aliases") && !first.startsWith("YAML aliases")) {
            return "more than " + MAX_ALIASES + " YAML aliases; aliases are not supported";
        }
        if (first.isEmpty()) {
            return "unreadable content";
        }
        boolean acronym = first.length() > 1 && Character.isUpperCase(first.charAt(1));
        return acronym ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }
}
