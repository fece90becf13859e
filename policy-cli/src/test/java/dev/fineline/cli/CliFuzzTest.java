package dev.fineline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample of mutated situation files through {@code policy check} in process (the reader's own fuzzer,
 * in policy-format, runs thousands): whatever the files hold, the command judges or refuses each with
 * located lines, exits 0, 1 or 2, and never reports an internal error or a parser's internals.
 */
class CliFuzzTest {

    private static final int MUTANTS = 300;
    private static final Pattern INTERNALS = Pattern.compile("org\\.yaml|com\\.fasterxml|jackson|snakeyaml"
            + "|StreamReadConstraints|JsonReadFeature|\\[Source:|[A-Z][a-z]+(Start|End)?Event\\b|Exception|\\tat |internal error");
    private static final String[] TOKENS = {"{", "}", "[", "]", ":", "- ", ",", "&a ", "*a", "!!binary ", "\t", "\n", "'",
        "\"", "~", "9999999999999999999999", "+999999999-12-31T23:59:59-18:00", "\u0000", "\uFEFF", "---\n", "rules:"};

    private static byte[] mutate(byte[] in, Random random) {
        int at = random.nextInt(Math.max(1, in.length));
        byte[] insert = switch (random.nextInt(3)) {
            case 0 -> TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            case 1 -> new byte[] {(byte) random.nextInt(256)};
            default -> new byte[0];
        };
        int remove = Math.min(in.length - at, random.nextInt(8));
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }

    @Test
    void check_hundredsOfMutatedSituations_locatedRefusalsNoInternalError(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("..", "examples", "situations")),
                Files.list(Path.of("..", "policy-format", "src", "test", "resources", "situations")))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        Random random = new Random(0xC11L);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = seeds.get(random.nextInt(seeds.size()));
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                mutant = mutate(mutant, random);
            }
            Files.write(dir.resolve(String.format("m%03d.yaml", i)), mutant);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", dir.toString());

        assertThat(code).isIn(0, 1, 2);
        assertThat(INTERNALS.matcher(err.toString()).find()).as(err.toString()).isFalse();
        assertThat(err.toString().lines()).allSatisfy(line -> assertThat(line).startsWith(dir.toString()));
        long judged = out.toString().lines().filter(l -> l.startsWith(dir.toString())).count();
        long refused = err.toString().lines().map(l -> l.substring(0, l.indexOf(".yaml") + 5)).distinct().count();
        assertThat(judged + refused).isEqualTo(MUTANTS);
    }
}
