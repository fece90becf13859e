package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.PolicyEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scenario files and writing decisions as JSON. */
class ScenarioFilesTest {

    private static final String ONE = """
            name: contractor asked to stay off social media at work
            situation:
              people: [{id: p-ola, engagement: CONTRACTOR}]
              requests: [{id: r-1, kind: RESTRICT_WORK_HOURS_USE, to: [p-ola]}]
            expect:
              verdict: FORBIDDEN
              guidance: [HOURS-2]
              absent: [HOURS-1]
              obligations: [REVOKE_ACCESS]
            """;

    @Test
    void parse_singleScenario_nameSituationAndExpectation() {
        List<Scenario> scenarios = ScenarioFiles.parse(ONE, "dir/one.yaml");

        assertThat(scenarios).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("contractor asked to stay off social media at work");
            assertThat(s.file()).isEqualTo("dir/one.yaml");
            assertThat(s.line()).isEqualTo(1);
            assertThat(s.situation().people()).hasSize(1);
            assertThat(s.expect().verdict()).isEqualTo(Verdict.FORBIDDEN);
            assertThat(s.expect().guidance()).containsExactly("HOURS-2");
            assertThat(s.expect().absent()).containsExactly("HOURS-1");
            assertThat(s.expect().obligations()).containsExactly(Obligation.REVOKE_ACCESS);
        });
    }

    @Test
    void parse_listOfScenarios_unnamedOnesNamedAfterFileAndIndex() {
        String list = "scenarios:\n  - situation: {}\n    expect: {verdict: ALLOWED}\n  - name: second\n    situation: {}\n"
                + "    expect: {verdict: ALLOWED}\n";

        assertThat(ScenarioFiles.parse(list, "x/themes.yaml")).extracting(Scenario::name, Scenario::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("themes #1", 2), org.assertj.core.groups.Tuple.tuple("second", 4));
    }

    @Test
    void parse_badScenario_everyProblemWithSituationPath() {
        String bad = "name: x\nsituation:\n  people: [{id: p-1, engagement: BOSS}]\nexpect:\n  verdict: MAYBE\n  guidance: [A-1]\n  absent: [A-1]\n";

        assertThatThrownBy(() -> ScenarioFiles.parse(bad, "bad.yaml")).isInstanceOfSatisfying(InvalidFileException.class, e ->
                assertThat(e.problems()).extracting(FileProblem::path).containsExactlyInAnyOrder(
                        "situation.people[0].engagement", "expect.verdict", "expect.absent"));
    }

    @Test
    void parse_noExpectation_refused() {
        assertThatThrownBy(() -> ScenarioFiles.parse("situation: {}\nexpect: {}\n", "e.yaml"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("expects nothing; give a verdict, guidance, absent or obligations");
    }

    @Test
    void write_decision_documentedJsonShape() throws Exception {
        Decision decision = PolicyEngine.builder().warmUp(false).build()
                .evaluate(ScenarioFiles.parse(ONE, "one.yaml").get(0).situation());

        JsonNode json = new ObjectMapper().readTree(DecisionJson.write(decision, "one.yaml"));

        assertThat(json.fieldNames()).toIterable().containsExactly("file", "verdict", "noRuleApplied", "findings", "errors", "ruleBase");
        assertThat(json.get("verdict").asText()).isEqualTo("FORBIDDEN");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable()
                .containsExactly("rule", "guidance", "verdict", "subject", "explanation", "obligations");
        assertThat(finding.get("rule").asText()).isEqualTo("WorkHoursRestrictionOnNonStaff");
        assertThat(finding.get("subject").asText()).isEqualTo("r-1");
        assertThat(json.get("ruleBase").asText()).isEqualTo(decision.ruleBase());
        assertThat(DecisionJson.write(decision)).doesNotContain("\n").startsWith("{\"verdict\":\"FORBIDDEN\"");
    }
}
