package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed situation files in {@code src/test/resources/bad}: each must give a clear,
 * located error naming what is wrong (listed in {@code expected.tsv}), never a stack trace, never
 * running out of memory.
 */
class BadFilesTest {

    private static final Path BAD = Path.of("src", "test", "resources", "bad");

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(BAD.resolve("expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    @Test
    void corpus_holdsAtLeastAHundredFiles_eachListed() throws IOException {
        long listed = corpus().count();
        try (Stream<Path> files = Files.list(BAD)) {
            assertThat(files.filter(f -> !f.getFileName().toString().equals("expected.tsv")).count()).isEqualTo(listed);
        }
        assertThat(listed).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void read_malformedFile_locatedErrorWithoutStackTrace(String file, String expected) {
        Path path = BAD.resolve(file);

        assertThatThrownBy(() -> SituationFiles.read(path)).isInstanceOfSatisfying(InvalidFileException.class, e -> {
            assertThat(e.getMessage()).contains(expected);
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo(path.toString());
                assertThat(p.message()).doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("\tat ")
                        .doesNotContain("org.yaml");
            });
        });
    }

    @Test
    void read_fiftyMegabyteFile_refusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("people:\n");
            String line = "  - {id: p-0000000, name: \"" + "x".repeat(60) + "\"}\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }

        assertThatThrownBy(() -> SituationFiles.read(big)).isInstanceOf(InvalidFileException.class)
                .hasMessage(big + ": file is larger than 10 MB: the limit is passed at byte offset 10485760");
    }
}
