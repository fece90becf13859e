package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bounded mutation fuzzer, kept in the build so that regressions show: a fixed seed, a few thousand
 * mutants of every example, scenario and corpus file, each through the reader as raw bytes. Whatever a
 * mutant holds, reading it either succeeds or throws {@link InvalidFileException} whose every problem
 * is located (a line, or a byte offset) and worded for people, never quoting the parsers' internals.
 */
class FuzzTest {

    /** Mutants per run: a few seconds; {@code -Dfuzz.mutants=40000} runs a longer campaign by hand. */
    static final int MUTANTS = Integer.getInteger("fuzz.mutants", 4_000);
    /** Fixed, so that a failure repeats; {@code -Dfuzz.seed=N} explores elsewhere. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x5EED_F1E1L);

    /** Words that only parser internals would put into a message. */
    static final Pattern INTERNALS = Pattern.compile("org\\.yaml|com\\.fasterxml|jackson|snakeyaml|StreamReadConstraints"
            + "|JsonReadFeature|JsonParser|\\[Source:|[A-Z][a-z]+(Start|End)?Event\\b|Exception|\\tat |getMax\\w*\\(|Feature\\.");

    /** Fragments that parsers treat specially, spliced into mutants. */
    private static final String[] TOKENS = {"{", "}", "[", "]", ":", ": ", "- ", ",", "&a ", "*a", "!!binary ", "!custom ",
        "? ", "---\n", "...\n", "<<: ", "|\n", ">-\n", "#", "\t", "\n", "  ", "'", "\"", "\\u", "\\", "~", "null", "",
        "9999999999999999999999999999", "-.inf", ".nan", "0x1F", "1e999", "+999999999-12-31T23:59:59-18:00",
        "2026-02-30", "\uFEFF", "\u0000", "\u2028", "\uD83D\uDE00", "%YAML 1.1\n", "%TAG ! tag:x:\n", "@", "`", "=",
        "people:", "posts:", "id:", "at:", "rules:", "scenarios:", "expect:", "situation:"};

    static List<Path> seeds() throws IOException {
        List<Path> roots = List.of(Path.of("..", "examples"), Path.of("..", "scenarios"),
                Path.of("..", "policy-examples", "acme-pack", "scenarios"), Path.of("src", "test", "resources"));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** One random change: a byte flipped, a token spliced in, a range dropped, doubled or moved, or a cut. */
    static byte[] mutate(byte[] in, Random random) {
        int n = in.length;
        int at = n == 0 ? 0 : random.nextInt(n);
        int len = n == 0 ? 0 : 1 + random.nextInt(Math.min(n - at, 64));
        byte[] out;
        switch (random.nextInt(7)) {
            case 0 -> {
                out = in.clone();
                if (n > 0) {
                    out[at] = (byte) random.nextInt(256);
                }
            }
            case 1 -> out = splice(in, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 2 -> out = splice(in, at, len, new byte[0]);
            case 3 -> out = splice(in, at, 0, java.util.Arrays.copyOfRange(in, at, at + len));
            case 4 -> out = java.util.Arrays.copyOf(in, at);
            case 5 -> out = splice(in, at, len, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            default -> {
                byte[] cut = java.util.Arrays.copyOfRange(in, at, at + len);
                byte[] without = splice(in, at, len, new byte[0]);
                out = splice(without, without.length == 0 ? 0 : random.nextInt(without.length), 0, cut);
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }

    /** Reads a mutant as the reader reads a file, returning the problems (none when it read fine). */
    private static List<FileProblem> read(byte[] mutant, String name, boolean scenario) {
        try {
            String text = SituationFiles.readText(new ByteArrayInputStream(mutant), name);
            if (scenario) {
                ScenarioFiles.parse(text, name);
            } else {
                SituationFiles.parse(text, name);
            }
            return List.of();
        } catch (InvalidFileException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems();
        }
    }

    @Test
    void read_thousandsOfMutants_onlyLocatedPlainProblems() throws IOException {
        List<Path> seeds = seeds();
        List<byte[]> contents = new ArrayList<>();
        for (Path seed : seeds) {
            contents.add(Files.readAllBytes(seed));
        }
        Random random = new Random(SEED);
        int refused = 0;
        java.util.Map<String, String> bad = new java.util.TreeMap<>();
        for (int i = 0; i < MUTANTS; i++) {
            int pick = random.nextInt(seeds.size());
            byte[] mutant = contents.get(pick);
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                mutant = mutate(mutant, random);
            }
            Path seed = seeds.get(pick);
            String name = "mutant-" + i + "-" + seed.getFileName();
            boolean scenario = seed.startsWith(Path.of("..", "scenarios")) || seed.toString().contains("scenarios");
            List<FileProblem> problems;
            try {
                problems = read(mutant, name, scenario);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("mutant " + i + " of " + seed + " threw " + e + " reading:\n"
                        + new String(mutant, StandardCharsets.UTF_8), e);
            }
            refused += problems.isEmpty() ? 0 : 1;
            for (FileProblem p : problems) {
                boolean located = p.line() > 0 || p.message().contains("byte offset");
                if (!located || INTERNALS.matcher(p.message()).find() || p.message().contains("\n")) {
                    // One example per distinct message shape, so that one run shows every kind of failure.
                    bad.putIfAbsent(p.message().replaceAll("\"[^\"]*\"|'[^']*'|\\d+", "_"),
                            "mutant " + i + " of " + seed + ": " + p);
                }
            }
        }
        assertThat(bad.values()).as("problems unlocated, or quoting parser internals").isEmpty();
        assertThat(seeds).hasSizeGreaterThan(100);
        assertThat(refused).as("most mutants are broken").isGreaterThan(MUTANTS / 4);
    }
}
