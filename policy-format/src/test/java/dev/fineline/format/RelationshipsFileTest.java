package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.model.Relationship;
import dev.fineline.model.RelationshipKind;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Focus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting lines, relationships and focus in situation and scenario files. */
class RelationshipsFileTest {

    private static final String TEAM = """
            at: 2026-11-20T10:15:00Z
            people:
              - {id: p-lars, supervisor: true}
              - {id: p-ingrid, reportsTo: p-lars}
            accounts:
              - {id: a-lars-fb, platform: FACEBOOK, owner: p-lars}
              - {id: a-ingrid-fb, platform: FACEBOOK, owner: p-ingrid, visibility: PRIVATE}
            """;

    private static List<String> problems(String yaml) {
        try {
            SituationFiles.parse(yaml, "s.yaml");
        } catch (InvalidFileException e) {
            return e.problems().stream().map(FileProblem::toString).toList();
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }

    @Test
    void parse_relationshipsWithDefaults_kindsIdsAndAcceptance() {
        Situation s = SituationFiles.parse(TEAM + """
                relationships:
                  - {id: req-1, kind: REQUEST, from: a-lars-fb, to: a-ingrid-fb, requestedAt: 2026-11-19T21:04:00Z}
                  - {kind: FOLLOW, from: a-ingrid-fb, to: a-lars-fb}
                  - {kind: CONNECTION, from: a-lars-fb, to: a-ingrid-fb, accepted: false}
                """, "s.yaml");

        assertThat(s.person("p-ingrid").orElseThrow().reportsTo()).isEqualTo("p-lars");
        assertThat(s.relationships()).containsExactly(
                new Relationship("req-1", RelationshipKind.REQUEST, "a-lars-fb", "a-ingrid-fb",
                        Instant.parse("2026-11-19T21:04:00Z"), false),
                new Relationship("follow:a-ingrid-fb->a-lars-fb", RelationshipKind.FOLLOW, "a-ingrid-fb", "a-lars-fb", null, true),
                new Relationship("connection:a-lars-fb->a-ingrid-fb", RelationshipKind.CONNECTION, "a-lars-fb", "a-ingrid-fb",
                        null, false));
    }

    @Test
    void parse_danglingAndBadRelationships_locatedErrors() {
        assertThat(problems(TEAM + """
                relationships:
                  - {kind: FRIEND, from: a-lars-fb, to: a-ingrid-fb}
                  - {from: a-lars-fb, to: a-ingrid-fb}
                """)).containsExactly(
                "s.yaml:9:12: relationships[0].kind: unknown value \"FRIEND\", expected one of CONNECTION, FOLLOW, REQUEST",
                "s.yaml:10:5: relationships[1].kind: is required, expected one of CONNECTION, FOLLOW, REQUEST");
        assertThat(problems(TEAM + """
                relationships:
                  - {kind: REQUEST, from: a-lars-fb, to: a-nobody}
                """)).singleElement().asString()
                .startsWith("s.yaml:9:")
                .endsWith("relationships[0].to: names no account: \"a-nobody\"");
    }

    @Test
    void parse_reportingCycle_locatedErrorNamingTheCycle() {
        assertThat(problems("""
                people:
                  - {id: p-a, reportsTo: p-b}
                  - {id: p-b, reportsTo: p-a}
                  - {id: p-c, reportsTo: p-gone}
                """)).containsExactly(
                "s.yaml:2:26: people[0].reportsTo: reporting line forms a cycle: \"p-a\" -> \"p-b\" -> \"p-a\"",
                "s.yaml:4:26: people[2].reportsTo: names no person: \"p-gone\"");
        assertThat(problems("""
                people:
                  - {id: p-a, reportsTo: p-b}
                  - {id: p-b, reportsTo: p-a}
                """)).singleElement().asString()
                .startsWith("s.yaml:2:")
                .endsWith("people[0].reportsTo: reporting line forms a cycle: \"p-a\" -> \"p-b\" -> \"p-a\"");
    }

    @Test
    void parse_scenarioWithFocus_focusKeptAndChecked() {
        String scenario = "name: f\nsituation:\n" + TEAM.indent(2) + "focus: p-ingrid\nexpect: {verdict: ALLOWED}\n";

        assertThat(ScenarioFiles.parse(scenario, "f.yaml")).singleElement().extracting(Scenario::focus).isEqualTo("p-ingrid");
        assertThatThrownBy(() -> ScenarioFiles.parse(scenario.replace("focus: p-ingrid", "focus: p-ghost"), "f.yaml"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().endsWith("focus: names nothing in the situation: \"p-ghost\""));
    }

    @Test
    void write_focusedDecision_focusFieldAndInvolvedIds() throws Exception {
        Situation s = SituationFiles.parse(TEAM + """
                relationships:
                  - {id: req-1, kind: REQUEST, from: a-lars-fb, to: a-ingrid-fb}
                """, "s.yaml");
        Decision decision = ScenarioFilesTest.ENGINE.evaluate(s, Focus.on("p-ingrid"));

        JsonNode json = new ObjectMapper().readTree(DecisionJson.write(decision, "s.yaml", "p-ingrid"));

        assertThat(json.get("file").asText()).isEqualTo("s.yaml");
        assertThat(json.get("focus").asText()).isEqualTo("p-ingrid");
        JsonNode involves = json.get("findings").get(0).get("involves");
        assertThat(involves.get("people")).extracting(JsonNode::asText).containsExactly("p-ingrid", "p-lars");
        assertThat(involves.get("accounts")).extracting(JsonNode::asText).containsExactly("a-ingrid-fb", "a-lars-fb");
        assertThat(involves.get("relationships")).extracting(JsonNode::asText).containsExactly("req-1");
        assertThat(involves.has("posts")).as("empty types left out").isFalse();
    }
}
