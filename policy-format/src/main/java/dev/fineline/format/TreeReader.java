package dev.fineline.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into a located {@link Node} tree with Jackson's streaming parsers, within fixed
 * limits so that hostile files fail with a message rather than exhaust memory.
 */
final class TreeReader {

    /** The deepest nesting accepted; the situation format needs fewer than ten levels. */
    static final int MAX_DEPTH = 64;
    /** The largest document accepted, in characters. */
    static final int MAX_DOCUMENT_CHARS = 20 * 1024 * 1024;
    /** The longest single text value accepted, in characters. */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** YAML aliases accepted per document ("billion laughs" needs thousands). */
    static final int MAX_ALIASES = 50;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNumberLength(100)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final YAMLFactory YAML = yamlFactory();

    private TreeReader() {
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        options.setAllowDuplicateKeys(false);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** Whether a file name or its content says JSON. */
    static boolean isJson(String fileName, String content) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        String start = content.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
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
            throw new InvalidFileException(List.of(new FileProblem(fileName, 0, 0, "",
                    "file is larger than " + (MAX_DOCUMENT_CHARS / (1024 * 1024)) + " MB")));
        }
        JsonFactory factory = isJson(fileName, text) ? JSON : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = value(parser, first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidFileException(List.of(new FileProblem(fileName, at.getLineNr(), at.getColumnNr(), "",
                        "more than one document in the file; expected exactly one")));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidFileException(List.of(new FileProblem(fileName, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), "", describe(e))));
        } catch (IOException | RuntimeException e) {
            throw new InvalidFileException(List.of(new FileProblem(fileName, 0, 0, "", "cannot parse: " + describe(e))));
        }
    }

    private static Node value(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Aliases are refused outright: no "billion laughs", and no value that means something it does not say.
            throw new JsonParseException(parser, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
        }
        switch (token) {
            case START_OBJECT: {
                Node.Obj obj = new Node.Obj(line, column);
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    Node child = value(parser, parser.nextToken());
                    obj.fields().put(name, child);
                    obj.keyLocations().put(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new IOException("unexpected " + next);
                }
                return obj;
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new IOException("unexpected end of input in a list");
                    }
                    items.add(value(parser, next));
                }
                return new Node.Arr(items, line, column);
            }
            case VALUE_NULL:
                return new Node.Scalar(null, Node.Type.OTHER, line, column);
            default:
                if (token.isScalarValue()) {
                    String text = parser.getText();
                    if (text != null && text.length() > MAX_STRING_CHARS) {
                        throw new JsonParseException(parser, "a text value longer than " + (MAX_STRING_CHARS / 1024)
                                + " KB (" + text.length() + " characters)");
                    }
                    Node.Type type = switch (token) {
                        case VALUE_STRING -> Node.Type.TEXT;
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Node.Type.NUMBER;
                        case VALUE_TRUE, VALUE_FALSE -> Node.Type.BOOLEAN;
                        default -> Node.Type.OTHER;
                    };
                    return new Node.Scalar(text, type, line, column);
                }
                throw new IOException("unexpected " + token);
        }
    }

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
        if (first.contains("nesting depth")) {
            return "nesting deeper than " + MAX_DEPTH + " levels";
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
