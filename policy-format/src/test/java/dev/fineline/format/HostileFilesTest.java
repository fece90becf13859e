package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Situation;
import dev.fineline.rules.PolicyEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt the reader (found by mutation fuzzing): endless and huge inputs, millions of tiny
 * values, thousands of problems, far-off instants, bad bytes. Each fails with a located message and
 * bounded memory; none ends in an error of the JVM.
 */
class HostileFilesTest {

    private static PolicyEngine engine;

    @BeforeAll
    static void engine() {
        engine = PolicyEngine.builder().warmUp(false).build();
    }

    private static InvalidFileException failure(String yaml) {
        try {
            SituationFiles.parse(yaml, "s.yaml");
        } catch (InvalidFileException e) {
            return e;
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void read_devZero_refusedAfterTenMegabytesWithByteOffset() {
        Path zero = Path.of("/dev/zero");

        assertThatThrownBy(() -> SituationFiles.read(zero)).isInstanceOf(InvalidFileException.class)
                .hasMessage("/dev/zero: file is larger than 10 MB: the limit is passed at byte offset 10485760");
    }

    @Test
    void read_oneGigabyteFile_refusedBeforeReadingAByte(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(1L << 30); // sparse: takes no disk, and would take 1 GB of heap if read
        }

        assertThatThrownBy(() -> SituationFiles.read(big)).isInstanceOf(InvalidFileException.class)
                .hasMessage(big + ": file is larger than 10 MB: the limit is passed at byte offset 10485760");
    }

    @Test
    void read_endlessStream_refusedAfterTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> SituationFiles.read(endless, "<stdin>", engine)).isInstanceOf(InvalidFileException.class)
                .hasMessage("<stdin>: file is larger than 10 MB: the limit is passed at byte offset 10485760");
    }

    @Test
    void read_folder_saysItIsAFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> SituationFiles.read(dir)).isInstanceOf(InvalidFileException.class)
                .hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void read_notUtf8_byteOffsetLineAndColumn(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "people:\n  - id: p-bj\u00f8rn\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> SituationFiles.read(latin1)).isInstanceOfSatisfying(InvalidFileException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(13);
                assertThat(p.message()).isEqualTo("file is not UTF-8 text: byte 0xF8 at byte offset 20 is not valid UTF-8");
            });
        });
    }

    @Test
    void parse_millionsOfEmptyMappings_refusedAtTheValueLimit() {
        StringBuilder yaml = new StringBuilder(8_000_000).append("people: [");
        for (int i = 0; i < 2_000_000; i++) {
            yaml.append("{},");
        }
        yaml.append("{}]\n");

        InvalidFileException e = failure(yaml.toString());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).isEqualTo("more than 500,000 values in the file; a situation needs far fewer");
        });
    }

    @Test
    void parse_thousandsOfProblems_firstHundredAndACountOfTheRest() {
        StringBuilder yaml = new StringBuilder("people:\n");
        for (int i = 0; i < 5_000; i++) {
            yaml.append("  - {id: p-").append(i).append(", engagement: NOBODY}\n");
        }

        InvalidFileException e = failure(yaml.toString());

        assertThat(e.problems()).hasSize(100);
        assertThat(e.omitted()).isEqualTo(4_900);
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.getMessage().lines()).hasSize(101).last().isEqualTo("s.yaml: 4900 more problems not shown");
    }

    @Test
    void parse_instantOutOfRange_refusedWithLocation() {
        InvalidFileException e = failure("at: +999999999-12-31T23:59:59-18:00\n");

        assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(
                "s.yaml:1:5: at: expected a date and time from year 1 to 9999, was \"+999999999-12-31T23:59:59-18:00\"");
    }

    @Test
    void parse_dateOutOfRange_refusedWithLocation() {
        InvalidFileException e = failure("people:\n  - {id: p-1, status: DEPARTED, departedOn: +99999-01-01}\n");

        assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(
                "s.yaml:2:45: people[0].departedOn: expected a date from year 1 to 9999, was \"+99999-01-01\"");
    }

    @Test
    void parse_emptyPeopleValue_readAsNullLikeTilde() {
        Situation empty = SituationFiles.parse("at: 2026-11-20T10:15:00Z\npeople:\n", "s.yaml");
        Situation tilde = SituationFiles.parse("at: 2026-11-20T10:15:00Z\npeople: ~\n", "s.yaml");

        assertThat(empty.people()).isEmpty();
        assertThat(tilde.people()).isEmpty();
    }

    @Test
    void parse_quotedEmptyPeople_stillAText() {
        assertThat(failure("people: ''\n").problems()).extracting(FileProblem::toString)
                .containsExactly("s.yaml:1:9: people: expected a list, was the value \"\"");
    }

    @Test
    void readWithEngine_unknownRuleIdInSettings_locatedAtItsKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "organization:\n  settings:\n    rules:\n      POST-13: {enabled: false}\n"
                + "      NoSuchRule: {verdict: WARN}\n");

        assertThatThrownBy(() -> SituationFiles.read(file, engine)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(file
                        + ":5:7: organization.settings.rules.NoSuchRule: \"NoSuchRule\" names no rule and no guidance id in force;"
                        + " `policy rules` lists them"));
    }

    @Test
    void readWithEngine_knownIds_read(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "organization:\n  settings:\n    rules:\n      POST-13: {enabled: false}\n"
                + "      WorkHoursRestrictionOnNonStaff: {verdict: WARN}\n");

        assertThat(SituationFiles.read(file, engine).organization().settings().rules()).hasSize(2);
    }

    @Test
    void readStream_yamlFromAStream_read() {
        InputStream in = new ByteArrayInputStream("at: 2026-11-20T10:15:00Z\npeople: [{id: p-1}]\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SituationFiles.read(in, "<stdin>", engine).people()).hasSize(1);
    }

    @Test
    void readScenarioWithEngine_absentAndGuidanceIdsNamingNothing_located(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: typo\nsituation:\n  people: [{id: p-1}]\nexpect:\n  guidance: [HOURS-2, HOURS-99]\n"
                + "  absent: [POST-1, Post1Typo]\n");

        assertThatThrownBy(() -> ScenarioFiles.read(file, engine)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(
                        file + ":5:23: expect.guidance[1]: \"HOURS-99\" names no rule and no guidance id in force;"
                                + " `policy rules` lists them",
                        file + ":6:20: expect.absent[1]: \"Post1Typo\" names no rule and no guidance id in force;"
                                + " `policy rules` lists them"));
    }

    @Test
    void readScenarioWithoutEngine_unknownIdsNotChecked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "situation:\n  people: [{id: p-1}]\nexpect:\n  absent: [ANY-1]\n");

        List<Scenario> scenarios = ScenarioFiles.read(file);

        assertThat(scenarios).singleElement().satisfies(s -> assertThat(s.expect().absent()).containsExactly("ANY-1"));
    }
}
