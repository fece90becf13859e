package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.model.Verdict;
import dev.fineline.rules.PolicyEngine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The decision log: what a line holds, what it never holds, and reading it back. */
class DecisionLogTest {

    private static final String CONTRACTOR = """
            {"at": "2026-11-23T10:00:00Z",
             "people": [{"id": "p-ola", "name": "Ola Secretname", "engagement": "CONTRACTOR"}],
             "requests": [{"id": "r-1", "kind": "RESTRICT_WORK_HOURS_USE", "to": ["p-ola"]}]}
            """;

    private static final PolicyEngine PLAIN = PolicyEngine.builder().warmUp(false).build();

    @Test
    void listener_decision_writesOneLineWithoutNames() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().warmUp(false).listener(DecisionLog.to(lines::add, false)).build();

        engine.evaluate(SituationFiles.parse(CONTRACTOR, "s.json"));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("Secretname").doesNotContain("explanation").doesNotContain("\n");
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(line.get("ruleBase").asText()).isEqualTo(engine.ruleBaseId());
        assertThat(line.get("inputHash").asText()).startsWith("sha256:");
        assertThat(line.get("at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(line.get("findings").get(0).get("guidance").asText()).isEqualTo("HOURS-2");
        assertThat(line.get("findings").get(0).get("subject").asText()).isEqualTo("r-1");
        assertThat(line.has("input")).isFalse();
    }

    @Test
    void listener_explanationsAsked_writesThem() {
        List<String> lines = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().warmUp(false).listener(DecisionLog.to(lines::add, true)).build();

        engine.evaluate(SituationFiles.parse(CONTRACTOR, "s.json"));

        assertThat(lines.get(0)).contains("\"explanation\":\"contractor `p-ola`");
    }

    @Test
    void read_writtenLine_sameEntry() {
        List<LoggedDecision> entries = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().warmUp(false)
                .listener(e -> entries.add(DecisionLog.of(e, "hr-app", false, CONTRACTOR))).build();
        engine.evaluate(SituationFiles.parse(CONTRACTOR, "s.json"));

        LoggedDecision entry = entries.get(0);
        LoggedDecision back = DecisionLog.read(DecisionLog.write(entry), "log", 1);

        assertThat(back).isEqualTo(entry);
        assertThat(back.caller()).isEqualTo("hr-app");
        assertThat(back.input()).isEqualTo(CONTRACTOR);
    }

    @Test
    void read_notAnEntry_locatedProblem() {
        assertThatThrownBy(() -> DecisionLog.read("{\"id\": \"x\"}", "decisions.log", 7))
                .isInstanceOf(InvalidFileException.class).hasMessage("decisions.log:7:1: time: is required");
        assertThatThrownBy(() -> DecisionLog.read("{\"id\": \"x\", \"time\": \"2026-11-12T10:00:00Z\", \"ruleBase\": \"r\", "
                + "\"inputHash\": \"h\", \"verdict\": \"MAYBE\"}", "decisions.log", 5))
                .isInstanceOf(InvalidFileException.class).hasMessage("decisions.log:5:1: verdict: unknown value \"MAYBE\"");
        assertThatThrownBy(() -> DecisionLog.read("{oops", "decisions.log", 3))
                .isInstanceOf(InvalidFileException.class).hasMessageStartingWith("decisions.log:3:");
    }

    @Test
    void parseAll_listOfSituations_eachJudged() {
        List<dev.fineline.model.Situation> all = SituationFiles.parseAll("[" + CONTRACTOR + ", {}]", "batch.json", 10);

        assertThat(all).hasSize(2);
        assertThat(PLAIN.evaluate(all.get(0)).verdict()).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void parseAll_badItem_problemPathStartsWithIndex() {
        assertThatThrownBy(() -> SituationFiles.parseAll("[{}, {\"peeple\": []}]", "batch.json", 10))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("[1].peeple");
    }

    @Test
    void parseAll_notAList_refused() {
        assertThatThrownBy(() -> SituationFiles.parseAll("{}", "batch.json", 10))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("expected a list of situations");
        assertThatThrownBy(() -> SituationFiles.parseAll("[{}, {}, {}]", "batch.json", 2))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("at most 2 situations, was 3");
    }
}
