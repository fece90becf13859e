package dev.fineline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's result model, its reports and coverage. */
class ScenarioRunnerTest {

    private static final PolicyEngine ENGINE = PolicyEngine.builder().build();
    private static final Path RUNNER = Path.of("src", "test", "resources", "runner");
    /** Passing and failing scenarios, then a file refused for an id that names no rule in force. */
    private static final List<Path> MIXED = List.of(RUNNER.resolve("mixed.yaml"), RUNNER.resolve("unknown-id.yaml"));

    private final ScenarioRunner runner = new ScenarioRunner(ENGINE);

    @Test
    void run_mixedFile_passFailAndErrorWithReasons() {
        TestRun run = runner.run(MIXED);

        assertThat(run.results()).extracting(ScenarioResult::status).containsExactly(
                ScenarioResult.Status.PASSED, ScenarioResult.Status.FAILED, ScenarioResult.Status.ERROR);
        assertThat(run.results().get(1).differences()).containsExactly(
                "verdict: expected ALLOWED, was FORBIDDEN",
                "guidance: expected a finding HOURS-1, found none",
                "absent: expected no finding HOURS-2, found WorkHoursRestrictionOnNonStaff [r-1]",
                "obligations: expected LEGAL_REVIEW, found none");
        assertThat(run.results().get(2).error()).contains(RUNNER.resolve("unknown-id.yaml")
                + ":4:37: situation.organization.settings.rules.NOPE-1: \"NOPE-1\" names no rule and no guidance id in force");
        assertThat(run.successful()).isFalse();
    }

    @Test
    void run_langAndExplains_judgedInTheScenariosLanguage() {
        TestRun run = runner.run(List.of(RUNNER.resolve("language.yaml")));

        assertThat(run.results()).extracting(ScenarioResult::status).containsExactly(
                ScenarioResult.Status.PASSED, ScenarioResult.Status.PASSED, ScenarioResult.Status.FAILED);
        assertThat(run.results().get(2).differences()).singleElement().asString()
                .startsWith("explains: expected an explanation containing \"was asked by\", found WorkHoursRestrictionOnNonStaff: \"")
                .contains("oppdragstaker `p-ola` ble bedt av selskapet");
    }

    @Test
    void run_unreadableFile_oneErrorWithLocatedProblem() {
        TestRun run = runner.run(List.of(RUNNER.resolve("broken.yaml")));

        assertThat(run.results()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ScenarioResult.Status.ERROR);
            assertThat(r.error()).contains("broken.yaml:3:").contains("situation.people[0].engagement: unknown value \"CONTRACTR\"");
        });
    }

    @Test
    void run_missingPath_throwsNamingIt() {
        assertThatThrownBy(() -> runner.run(List.of(Path.of("no-such-folder"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file or folder: \"no-such-folder\"");
    }

    @Test
    void coverage_projectScenarios_everyRuleFiresAndEveryGuidanceIdIsAsserted() {
        TestRun run = runner.run(List.of(Path.of("..", "scenarios")));

        assertThat(run.successful()).isTrue();
        assertThat(run.coverage().rulesNeverFired()).isEmpty();
        assertThat(run.coverage().guidanceNotAsserted()).isEmpty();
        assertThat(run.coverage().guidance()).isEqualTo(37);
    }

    @Test
    void prettyReporter_failure_showsWhatDifferedAndTheCounts() {
        TestRun run = runner.run(MIXED);

        String report = PrettyReporter.render(run, true, false);

        assertThat(report).contains("FAILED: wrong on purpose (" + RUNNER.resolve("mixed.yaml"))
                .contains("  verdict: expected ALLOWED, was FORBIDDEN")
                .contains("ERROR: unknown-id.yaml")
                .doesNotContain("PASSED: contractor restricted")
                .contains("coverage: ")
                .endsWith("1 passed, 1 failed, 1 errors\n");
    }

    @Test
    void jsonReporter_run_isValidJsonWithCountsAndResults() throws Exception {
        TestRun run = runner.run(MIXED);

        JsonNode json = new ObjectMapper().readTree(JsonReporter.render(run));

        assertThat(json.get("passed").asInt()).isEqualTo(1);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("results").get(1).get("differences")).hasSize(4);
        assertThat(json.get("results").get(0).get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(json.get("coverage").get("rules").asInt()).isEqualTo(ENGINE.rules().size());
    }
}
