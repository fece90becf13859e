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
 * format (docs/situation-format.yaml). Every problem of a file is reported together, each with its line,
 * column, field path and offending value.
 *
 * <p>Limits, so that a hostile file fails with a message instead of exhausting the JVM: at most 20 MB
 * of text, nesting at most 64 levels deep, a text value at most 1 MB, no YAML aliases (so no "billion
 * laughs"), one document per file, no duplicate keys. Scalars are read as written, so YAML 1.1
 * readings never apply: {@code jurisdiction: NO} is Norway and {@code start: 09:00} is a time.
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
