package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading scenario files: one scenario per file, or a list under {@code scenarios:}. */
class ScenarioFilesTest {

    static final PolicyEngine ENGINE = PolicyEngine.builder().warmUp(false).build();
    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");

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
    void parse_langAndExplains_readIntoTheScenario() {
        String text = ONE.replace("expect:\n", "lang: nb\nexpect:\n  explains: [oppdragstaker `p-ola`]\n");

        assertThat(ScenarioFiles.parse(text, "nb.yaml")).singleElement().satisfies(s -> {
            assertThat(s.lang()).isEqualTo(java.util.Locale.forLanguageTag("nb"));
            assertThat(s.expect().explains()).containsExactly("oppdragstaker `p-ola`");
        });
    }

    @Test
    void parse_langWithoutTexts_locatedErrorQuotingIt() {
        String text = ONE.replace("expect:\n", "lang: sv\nexpect:\n");

        assertThatThrownBy(() -> ScenarioFiles.parse(text, "sv.yaml")).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("sv.yaml:5:7").hasMessageContaining("lang: expected en or nb, was \"sv\"");
    }

    @Test
    void parse_listOfScenarios_unnamedOnesNamedAfterFileAndIndex() {
        String list = "scenarios:\n  - situation: {}\n    expect: {verdict: ALLOWED}\n  - name: second\n    situation: {}\n"
                + "    expect: {verdict: ALLOWED}\n";

        assertThat(ScenarioFiles.parse(list, "x/themes.yaml")).extracting(Scenario::name, Scenario::line)
                .containsExactly(tuple("themes #1", 2), tuple("second", 4));
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
                .hasMessageContaining("expects nothing; give a verdict, guidance, absent, obligations or explains");
    }

    @Test
    void read_fileWithOneScenario_oneScenarioThatHoldsWhenJudged() {
        Path file = SCENARIOS.resolve("one.yaml");

        List<Scenario> scenarios = ScenarioFiles.read(file);

        assertThat(scenarios).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("contractor asked to stay off social media at work");
            assertThat(s.file()).isEqualTo(file.toString());
            assertThat(s.line()).isEqualTo(2);
            assertThat(s.situation().requests()).hasSize(1);
            assertThat(s.expect()).isEqualTo(new Expectation(Verdict.FORBIDDEN, Set.of("HOURS-2"), Set.of("HOURS-1"), Set.of()));
            assertHolds(s);
        });
    }

    @Test
    void read_fileWithAList_everyScenarioInOrderUnnamedOnesNamedAfterTheFile() {
        List<Scenario> scenarios = ScenarioFiles.read(SCENARIOS.resolve("list.yaml"));

        assertThat(scenarios).extracting(Scenario::name, Scenario::line)
                .containsExactly(tuple("nothing happens", 3), tuple("list #2", 10));
        assertThat(scenarios.get(0).expect().verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(scenarios.get(1).expect().verdict()).as("not given").isNull();
        assertThat(scenarios.get(1).expect().obligations()).containsExactly(Obligation.REVOKE_ACCESS);
        scenarios.forEach(ScenarioFilesTest::assertHolds);
    }

    @Test
    void parse_emptyScenarioList_refused() {
        assertThatThrownBy(() -> ScenarioFiles.parse("scenarios: []\n", "e.yaml")).isInstanceOf(InvalidFileException.class)
                .hasMessage("e.yaml:1:1: scenarios: expected at least one scenario");
    }

    @Test
    void parse_unknownScenarioAndExpectationFields_namedWithTheirPaths() {
        assertThatThrownBy(() -> ScenarioFiles.parse("name: x\nsituation: {}\nexpect: {verdict: WARN, findings: [A]}\nnotes: hi\n",
                "f.yaml")).isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::toString).containsExactly(
                                "f.yaml:3:25: expect.findings: unknown field \"findings\", expected one of verdict, guidance, absent, obligations, explains",
                                "f.yaml:4:1: notes: unknown field \"notes\", expected one of name, situation, focus, lang, expect"));
    }

    @Test
    void parse_missingSituationAndUnknownObligation_bothReported() {
        assertThatThrownBy(() -> ScenarioFiles.parse("expect: {obligations: [APOLOGIZE]}\n", "m.yaml"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::path).containsExactly("situation", "expect.obligations[0]"));
    }

    private static void assertHolds(Scenario scenario) {
        Decision decision = ENGINE.evaluate(scenario.situation());
        Expectation expect = scenario.expect();
        if (expect.verdict() != null) {
            assertThat(decision.verdict()).as(scenario.name()).isEqualTo(expect.verdict());
        }
        assertThat(decision.guidance()).as(scenario.name()).containsAll(expect.guidance());
        assertThat(decision.guidance()).as(scenario.name()).noneMatch(expect.absent()::contains);
        assertThat(decision.obligations()).as(scenario.name()).containsAll(expect.obligations());
    }
}
