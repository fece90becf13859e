package dev.fineline.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it stood in the file. */
sealed interface Node {

    int line();

    int column();

    /** What the node is, for messages such as "expected a list, was a text". */
    String kind();

    /** A mapping; fields keep their order, and each remembers where its key stood. */
    record Obj(Map<String, Node> fields, Map<String, int[]> keyLocations, int line, int column) implements Node {
        Obj(int line, int column) {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), line, column);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record Arr(List<Node> items, int line, int column) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar, kept as its raw text so that YAML 1.1 readings (NO as false, 09:00 as 540) never apply;
     * each field coerces the text to its own type.
     *
     * @param text   the text as written, or null for a null value
     * @param string whether the parser saw a string: quoted, or plain YAML text that is no number,
     *               boolean or null; a quoted {@code "true"} or {@code "14"} is text, not a boolean or number
     */
    record Scalar(String text, boolean string, int line, int column) implements Node {
        @Override
        public String kind() {
            return text == null ? "null" : "the value " + Reader.quote(text);
        }
    }
}
