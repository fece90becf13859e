package dev.fineline.format;

import dev.fineline.model.Situation;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads situation files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), in the documented
 * format (docs/situation-format.yaml; docs/situation-format.schema.json describes it for editors). Any
 * other name is read as JSON when its content starts with <code>{</code> or {@code [}, else as YAML.
 * Every problem of a file is reported together in an {@link InvalidFileException}, each with its line,
 * column, field path and offending value; references between records (an author or account that names
 * nobody, a duplicate id) are checked once every record is itself well-formed.
 *
 * <p>Scalars are read as written and coerced per field, so YAML 1.1 readings never apply:
 * {@code jurisdiction: NO} is Norway, {@code start: 09:00} is a time, {@code yes} and {@code on} are
 * text, never booleans. Booleans are an unquoted {@code true} or {@code false}; numbers are unquoted
 * whole decimal numbers within each field's range; dates are ISO ({@code 2026-10-01}); instants are
 * ISO with an offset ({@code 2026-11-20T10:15:00Z}); times are {@code HH:mm}; days are {@code MON} to
 * {@code SUN}; enum values are matched exactly, case included.
 *
 * <p>Limits, so that a hostile file fails with a located message instead of exhausting the JVM:
 * <ul>
 *   <li>at most 10 MB of text (characters, and YAML code points), and the file must be UTF-8;</li>
 *   <li>nesting at most 64 levels deep (the format needs fewer than ten);</li>
 *   <li>a single text value at most 1 MB, a field name at most 10,000 characters, a number at most 100 digits;</li>
 *   <li>no YAML aliases at all (so no "billion laughs"; SnakeYAML's own cap of 50 aliases is a backstop);</li>
 *   <li>exactly one document per file, no duplicate keys.</li>
 * </ul>
 */
public final class SituationFiles {

    private SituationFiles() {
    }

    /**
     * Reads a situation file.
     *
     * @param file the file
     * @return the situation
     * @throws InvalidFileException with every problem found, located
     */
    public static Situation read(Path file) {
        return parse(readText(file), file.toString());
    }

    /**
     * Parses a situation from text.
     *
     * @param content  the file's content
     * @param fileName the name used in problems; its extension picks YAML or JSON
     * @return the situation
     * @throws InvalidFileException with every problem found, located
     */
    public static Situation parse(String content, String fileName) {
        return parse(content, fileName, null);
    }

    /**
     * Reads a situation file to be judged by an engine: besides the format, the ids under
     * {@code organization.settings.rules} must name a rule or guidance id in force in that engine, and
     * one that does not is a problem located at its key (the engine would refuse it without a line).
     *
     * @param file   the file
     * @param engine the engine whose rules are in force
     * @return the situation
     * @throws InvalidFileException with every problem found, located
     */
    public static Situation read(Path file, PolicyEngine engine) {
        return parse(readText(file), file.toString(), idsInForce(engine));
    }

    /**
     * Reads a situation from a stream, such as standard input, to be judged by an engine; at most 10 MB
     * are read, whatever the stream holds. The ids under {@code organization.settings.rules} are checked
     * as by {@link #read(Path, PolicyEngine)}.
     *
     * @param in       the stream; it is read up to the limit and not closed
     * @param fileName the name used in problems, such as {@code <stdin>}; its extension picks YAML or JSON
     * @param engine   the engine whose rules are in force
     * @return the situation
     * @throws InvalidFileException with every problem found, located
     */
    public static Situation read(InputStream in, String fileName, PolicyEngine engine) {
        return parse(readText(in, fileName), fileName, idsInForce(engine));
    }

    /** The names and guidance ids of an engine's rules: what settings and scenarios may name. */
    static Set<String> idsInForce(PolicyEngine engine) {
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : engine.rules()) {
            ids.add(rule.name());
            ids.add(rule.guidance());
        }
        return ids;
    }

    static Situation parse(String content, String fileName, Set<String> idsInForce) {
        Node root = TreeReader.read(content, fileName);
        Reader reader = new Reader(fileName, idsInForce);
        if (root == null) {
            throw new InvalidFileException(List.of(new FileProblem(fileName, 1, 1, "", "file is empty; expected a situation")));
        }
        Situation situation = new SituationMapper(reader).map(root, "");
        if (reader.failed()) {
            throw reader.failure();
        }
        return situation;
    }

    /**
     * Reads a situation from a stream, such as standard input; at most 10 MB are read, whatever the
     * stream holds.
     *
     * @param in       the stream; it is read up to the limit and not closed
     * @param fileName the name used in problems, such as {@code <stdin>}; its extension picks YAML or JSON
     * @return the situation
     * @throws InvalidFileException with every problem found, located
     */
    public static Situation read(InputStream in, String fileName) {
        return parse(readText(in, fileName), fileName);
    }

    /** The largest file accepted, in bytes (10 MB). */
    static final int MAX_BYTES = TreeReader.MAX_DOCUMENT_CHARS;

    /**
     * Parses a JSON or YAML list of situations, as a batch: each item is one situation in the same
     * format, and every problem of every item is reported together, its path starting with the item's
     * index ({@code [2].people[0].engagement}).
     *
     * @param content  the text: a list of situations
     * @param fileName the name used in problems; its extension picks YAML or JSON
     * @param maxItems the most situations accepted
     * @return the situations, in order
     * @throws InvalidFileException with every problem found, located; nothing is returned then
     */
    public static List<Situation> parseAll(String content, String fileName, int maxItems) {
        Node root = TreeReader.read(content, fileName);
        if (!(root instanceof Node.Arr list)) {
            int line = root == null ? 1 : root.line();
            int column = root == null ? 1 : root.column();
            String was = root == null ? "nothing" : root.kind();
            throw new InvalidFileException(List.of(new FileProblem(fileName, line, column, "",
                    "expected a list of situations, was " + was)));
        }
        if (list.items().size() > maxItems) {
            throw new InvalidFileException(List.of(new FileProblem(fileName, list.line(), list.column(), "",
                    "a batch holds at most " + maxItems + " situations, was " + list.items().size())));
        }
        Reader reader = new Reader(fileName);
        SituationMapper mapper = new SituationMapper(reader);
        List<Situation> situations = new java.util.ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            situations.add(mapper.map(list.items().get(i), "[" + i + "]"));
        }
        if (reader.failed()) {
            throw reader.failure();
        }
        return situations;
    }

    /**
     * Reads a file as UTF-8 text, refusing an over-size file before reading it and malformed bytes with
     * their byte offset, line and column.
     */
    static String readText(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidFileException(List.of(new FileProblem(name, 0, 0, "", "is a folder, not a file")));
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
            // Not every file has a size (a pipe, a device such as /dev/zero): the read itself is bounded too.
            try (InputStream in = Files.newInputStream(file)) {
                return readText(in, name);
            }
        } catch (IOException e) {
            String reason = Files.exists(file) ? "cannot read file" : "no such file";
            throw new InvalidFileException(List.of(new FileProblem(name, 0, 0, "", reason)));
        }
    }

    /** Reads at most one byte past the limit from a stream, then decodes it as strict UTF-8. */
    static String readText(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidFileException(List.of(new FileProblem(name, 0, 0, "", "cannot read file")));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        return decode(bytes, name);
    }

    private static InvalidFileException tooLarge(String name) {
        return new InvalidFileException(List.of(new FileProblem(name, 0, 0, "",
                "file is larger than " + MAX_BYTES / (1024 * 1024) + " MB: the limit is passed at byte offset " + MAX_BYTES)));
    }

    /** Decodes strict UTF-8; a malformed byte is reported with its offset, and the line and column it falls on. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = out.limit() - lineStart + 1;
            String message = String.format(Locale.ROOT, "file is not UTF-8 text: byte 0x%02X at byte offset %d is not valid UTF-8",
                    bytes[offset] & 0xFF, offset);
            throw new InvalidFileException(List.of(new FileProblem(name, line, column, "", message)));
        }
        out.flip();
        return out.toString();
    }
}
