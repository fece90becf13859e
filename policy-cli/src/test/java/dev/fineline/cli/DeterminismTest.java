package dev.fineline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.format.DecisionJson;
import dev.fineline.format.Scenario;
import dev.fineline.format.ScenarioFiles;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.testkit.ScenarioRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs print the same bytes: the JSON decision ({@code policy check --json}) of every scenario of
 * the project and of the ACME pack, computed in two child JVMs whose identity hash codes differ, is
 * byte for byte the same. Anything ordered by a hash (obligations in a {@code HashSet} of enums, say)
 * would show here.
 */
class DeterminismTest {

    /** The child: prints the JSON decision of every scenario under the paths, one per line. */
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().addRules(Path.of(args[0])).warmUp(false).build();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Path file : ScenarioRunner.files(List.of(Path.of(args[1]), Path.of(args[2])))) {
            for (Scenario scenario : ScenarioFiles.read(file, engine)) {
                out.println(DecisionJson.write(engine.evaluate(scenario.situation()), file + " " + scenario.name()));
            }
        }
        out.flush();
    }

    @Test
    void evaluate_everyScenarioInTwoJvms_byteIdenticalJson(@TempDir Path dir) throws Exception {
        String[] args = {Path.of("..", "policy-examples", "acme-pack", "rules").toString(), Path.of("..", "scenarios").toString(),
            Path.of("..", "policy-examples", "acme-pack", "scenarios").toString()};

        ChildJvm.Result first = ChildJvm.run(dir, List.of("-Xshare:off"), DeterminismTest.class, args);
        // The second JVM hands out identity hash codes by another algorithm, so enum hash orders differ.
        ChildJvm.Result second = ChildJvm.run(dir, List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"),
                DeterminismTest.class, args);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(first.out().lines().count()).isGreaterThan(140);
        assertThat(first.out()).contains("\"obligations\":[\"REVOKE_ACCESS\",\"ROTATE_PASSWORD\"]");
        assertThat(second.out()).isEqualTo(first.out());
    }
}
