package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.content.Signal;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationError;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.TextSignal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decisions as one line of JSON, in the shape docs/situation-format.yaml documents. */
class DecisionJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void write_engineDecision_documentedShapeWithTheAdditiveFields() throws Exception {
        Decision decision = ScenarioFilesTest.ENGINE.evaluate(SituationFiles.read(ContractTest.ROOT.resolve(
                "examples/situations/contractor-work-hours.yaml")));

        String line = DecisionJson.write(decision);
        JsonNode json = JSON.readTree(line);

        assertThat(line).doesNotContain("\n").startsWith("{\"verdict\":\"FORBIDDEN\"");
        assertThat(fieldNames(json)).containsExactly("verdict", "noRuleApplied", "findings", "errors", "ruleBase", "signals");
        assertThat(json.get("noRuleApplied").asBoolean()).isFalse();
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("ruleBase").asText()).isEqualTo(decision.ruleBase()).isNotBlank();
        JsonNode finding = json.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("rule", "guidance", "verdict", "subject", "explanation", "message",
                "obligations", "involves", "evidence");
        assertThat(finding.get("message").get("key").asText()).isEqualTo("WorkHoursRestrictionOnNonStaff");
        assertThat(fieldNames(finding.get("message").get("arguments"))).containsExactly("person", "from", "kind");
        assertThat(finding.get("message").get("arguments").get("person").asText()).isEqualTo("p-ola");
        assertThat(finding.get("message").get("arguments").get("from").get("key").asText()).isEqualTo("from.person");
        assertThat(finding.get("message").get("arguments").get("kind").asText()).isEqualTo("CONTRACTOR");
        assertThat(finding.get("involves").get("people")).extracting(JsonNode::asText).contains("p-ola");
        assertThat(finding.get("involves").get("requests")).extracting(JsonNode::asText).containsExactly("r-1");
        assertThat(finding.get("guidance").asText()).isEqualTo("HOURS-2");
        assertThat(finding.get("rule").asText()).isEqualTo(decision.findings().get(0).rule());
        assertThat(finding.get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(finding.get("subject").asText()).isEqualTo("r-1");
        assertThat(finding.get("explanation").asText()).isEqualTo(decision.findings().get(0).explanation());
        assertThat(finding.get("obligations").isArray()).isTrue();
    }

    @Test
    void write_withFile_fileIsTheFirstField() throws Exception {
        Decision decision = new Decision(Verdict.ALLOWED, List.of(), List.of(), "abc123");

        JsonNode json = JSON.readTree(DecisionJson.write(decision, "examples/situations/offboarding.yaml"));

        assertThat(fieldNames(json)).containsExactly("file", "verdict", "noRuleApplied", "findings", "errors", "ruleBase",
                "signals");
        assertThat(json.get("file").asText()).isEqualTo("examples/situations/offboarding.yaml");
    }

    @Test
    void write_noFindingNoError_noRuleAppliedTrue() throws Exception {
        JsonNode json = JSON.readTree(DecisionJson.write(new Decision(Verdict.ALLOWED, List.of(), List.of(), "abc123")));

        assertThat(json.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(json.get("noRuleApplied").asBoolean()).isTrue();
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("ruleBase").asText()).isEqualTo("abc123");
    }

    @Test
    void write_findingsWithObligationsAndErrors_everyValueWrittenInOrder() throws Exception {
        Finding finding = new Finding("CredentialsKeptAfterDeparture", "CORP-3", Verdict.FORBIDDEN, "a-acme-x",
                "departed `p-ola` still holds the password", List.of(Obligation.ROTATE_PASSWORD, Obligation.REVOKE_ACCESS));
        EvaluationError error = new EvaluationError("BrokenRule", "threw: division by zero");
        Decision decision = new Decision(Verdict.FORBIDDEN, List.of(finding), List.of(error), "h1");

        JsonNode json = JSON.readTree(DecisionJson.write(decision));

        assertThat(json.get("noRuleApplied").asBoolean()).isFalse();
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("CredentialsKeptAfterDeparture");
        assertThat(f.get("guidance").asText()).isEqualTo("CORP-3");
        assertThat(f.get("subject").asText()).isEqualTo("a-acme-x");
        assertThat(f.get("explanation").asText()).isEqualTo("departed `p-ola` still holds the password");
        assertThat(f.get("obligations")).extracting(JsonNode::asText).containsExactly("REVOKE_ACCESS", "ROTATE_PASSWORD");
        JsonNode e = json.get("errors").get(0);
        assertThat(fieldNames(e)).containsExactly("rule", "message");
        assertThat(e.get("rule").asText()).isEqualTo("BrokenRule");
        assertThat(e.get("message").asText()).isEqualTo("threw: division by zero");
    }

    @Test
    void write_findingWithEvidence_signalsWrittenRedacted() throws Exception {
        Signal card = new Signal(ContentTag.CUSTOMER_PERSONAL_DATA, 39, 58, "•••• 6467", "payment-card", "luhn", "", null);
        Signal client = new Signal(ContentTag.BUSINESS, 0, 8, "Nordbank", "contact", "Nordbank", "", "c-nordbank");
        Finding finding = new Finding("CustomerDataInPost", "POST-2", Verdict.FORBIDDEN, "post-1", "exposes card data",
                List.of(), dev.fineline.rules.Involved.NONE, List.of(card));
        Decision decision = new Decision(Verdict.FORBIDDEN, List.of(finding), List.of(), "h",
                List.of(new TextSignal("post-1", client), new TextSignal("post-1", card)));

        JsonNode json = JSON.readTree(DecisionJson.write(decision));

        JsonNode evidence = json.get("findings").get(0).get("evidence").get(0);
        assertThat(fieldNames(evidence)).containsExactly("tag", "start", "end", "evidence", "detector", "entry", "language", "names");
        assertThat(evidence.get("evidence").asText()).isEqualTo("•••• 6467");
        assertThat(evidence.get("start").asInt()).isEqualTo(39);
        assertThat(evidence.get("names").isNull()).isTrue();
        JsonNode signals = json.get("signals");
        assertThat(signals).hasSize(2);
        assertThat(signals.get(0).get("subject").asText()).isEqualTo("post-1");
        assertThat(signals.get(0).get("names").asText()).isEqualTo("c-nordbank");
    }

    @Test
    void writeSignals_scannedText_sourceAndDescriptions() throws Exception {
        Signal card = new Signal(ContentTag.CUSTOMER_PERSONAL_DATA, 5, 24, "•••• 6467", "payment-card", "luhn", "", null);

        JsonNode json = JSON.readTree(DecisionJson.writeSignals("argument 1", List.of(card)));

        assertThat(json.get("source").asText()).isEqualTo("argument 1");
        assertThat(json.get("signals").get(0).get("description").asText()).isEqualTo(card.describe());
    }

    @Test
    void write_textNeedingEscapes_stillOneLineThatReadsBackExactly() throws Exception {
        String explanation = "said \"quit\"\non two lines,\ttabbed, with \\ and \u00e6\u00f8\u00e5 and \u0001";
        Decision decision = new Decision(Verdict.WARN, List.of(new Finding("R", "X-1", Verdict.WARN, "post-1", explanation,
                List.of())), List.of(), "h");

        String line = DecisionJson.write(decision, "dir/with \"quotes\".yaml");

        assertThat(line).doesNotContain("\n").doesNotContain("\t");
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("findings").get(0).get("explanation").asText()).isEqualTo(explanation);
        assertThat(json.get("file").asText()).isEqualTo("dir/with \"quotes\".yaml");
    }
}
