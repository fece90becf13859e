package dev.fineline.format;

import dev.fineline.model.Situation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Node root = TreeReader.read(content, fileName);
        Reader reader = new Reader(fileName);
        if (root == null) {
            throw new InvalidFileException(List.of(new FileProblem(fileName, 1, 1, "", "file is empty; expected a situation")));
        }
        Situation situation = new SituationMapper(reader).map(root, "");
        if (!reader.problems().isEmpty()) {
            throw new InvalidFileException(reader.problems());
        }
        return situation;
    }

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
        if (!reader.problems().isEmpty()) {
            throw new InvalidFileException(reader.problems());
        }
        return situations;
    }

    /** Reads a file as UTF-8 text, refusing malformed bytes with a located message. */
    static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > TreeReader.MAX_DOCUMENT_CHARS) {
                throw new InvalidFileException(List.of(new FileProblem(file.toString(), 0, 0, "",
                        "file is larger than " + (TreeReader.MAX_DOCUMENT_CHARS / (1024 * 1024)) + " MB")));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(List.of(new FileProblem(file.toString(), 0, 0, "", "file is not UTF-8 text")));
        } catch (IOException e) {
            String reason = Files.exists(file) ? "cannot read file" : "no such file";
            throw new InvalidFileException(List.of(new FileProblem(file.toString(), 0, 0, "", reason)));
        }
    }
}
