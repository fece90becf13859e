package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.format.DecisionJson;
import dev.fineline.format.SituationFiles;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on loopback without tokens: decisions, batches, rules, validation, reload, probes, metrics, bad input. */
class ServerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path rules;
    private static FinelineServer server;
    private static Http http;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("launch.drl"), Rules.launch("TEST-1"));
        server = FinelineServer.builder(PolicyEngine.builder().addRules(rules).warmUp(false))
                .port(0).maxBodyBytes(64 * 1024)
                .decisionLog(LOG, false).build().start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    @Test
    void decisions_validSituation_sameJsonAsTheCli() {
        HttpResponse<String> response = http.json("/v1/decisions", Http.CONTRACTOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Fineline-Decision-Id")).isPresent();
        String expected = DecisionJson.write(server.engine().evaluate(SituationFiles.parse(Http.CONTRACTOR, "s.json")));
        assertThat(response.body()).isEqualTo(expected);
        assertThat(body(response).get("verdict").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void decisions_langAndFocus_norwegianAnswerAboutTheSubject() {
        HttpResponse<String> response = http.json("/v1/decisions?lang=nb&focus=r-1", Http.CONTRACTOR);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = body(response);
        assertThat(decision.get("focus").asText()).isEqualTo("r-1");
        assertThat(decision.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.get("involves").toString()).contains("r-1"));
        assertThat(decision.get("findings").get(0).get("explanation").asText())
                .contains("ble bedt av").contains("om å holde seg unna personlige sosiale medier i arbeidstiden");
    }

    @Test
    void decisions_unsupportedLangOrUnknownParameter_400QuotingIt() {
        HttpResponse<String> lang = http.json("/v1/decisions?lang=de", Http.CONTRACTOR);
        HttpResponse<String> unknown = http.json("/v1/decisions?debug=1", Http.CONTRACTOR);
        HttpResponse<String> twice = http.json("/v1/decisions?lang=nb&lang=en", Http.CONTRACTOR);
        HttpResponse<String> batchFocus = http.json("/v1/decisions:batch?focus=r-1", "[" + Http.CONTRACTOR + "]");

        assertThat(lang.statusCode()).isEqualTo(400);
        assertThat(lang.body()).contains("lang: expected en or nb, was \\\"de\\\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown query parameter \\\"debug\\\"; expected lang or focus");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("query parameter \\\"lang\\\" is given more than once");
        assertThat(batchFocus.statusCode()).isEqualTo(400);
        assertThat(batchFocus.body()).contains("unknown query parameter \\\"focus\\\"; expected lang");
    }

    @Test
    void decisions_valid_oneLogLineWithoutNames() {
        HttpResponse<String> response = http.json("/v1/decisions", Http.CONTRACTOR);
        String id = response.headers().firstValue("Fineline-Decision-Id").orElseThrow();

        String line = LOG.toString().lines().filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertThat(line).doesNotContain("Ola Nordmann").doesNotContain("explanation").contains("\"verdict\":\"FORBIDDEN\"")
                .contains("\"inputHash\":\"" + Api.sha256(Http.CONTRACTOR.getBytes(StandardCharsets.UTF_8)) + "\"");
    }

    @Test
    void batch_twoSituations_twoDecisionsInOrder() {
        HttpResponse<String> response = http.json("/v1/decisions:batch", "[" + Http.CONTRACTOR + "," + Http.EMPTY + "]");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decisions = body(response).get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(decisions.get(1).get("noRuleApplied").asBoolean()).isTrue();
    }

    @Test
    void batch_oneBadItem_400WithItsPath() {
        HttpResponse<String> response = http.json("/v1/decisions:batch", "[" + Http.EMPTY + ", {\"peeple\": []}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("problems").get(0).get("path").asText()).isEqualTo("[1].peeple");
    }

    @Test
    void decisions_malformedJson_400LocatedProblem() {
        HttpResponse<String> response = http.json("/v1/decisions", "{\"people\": [\n  {\"id\": \"p-1\",,}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = body(response).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("text").asText()).startsWith("request.json:2:");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void decisions_unknownFieldAndValue_400WithTheCliMessages() {
        String body = "{\"people\": [{\"id\": \"p-1\", \"engagement\": \"CONTRACTR\", \"nickname\": \"x\"}]}";
        HttpResponse<String> response = http.json("/v1/decisions", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown value \\\"CONTRACTR\\\", expected one of EMPLOYEE")
                .contains("people[0].nickname");
    }

    @Test
    void decisions_overFormatLimit_400() {
        String deep = "[".repeat(70) + "]".repeat(70);
        HttpResponse<String> response = http.json("/v1/decisions", "{\"people\": " + deep + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("problems").get(0).get("message").asText()).contains("64");
    }

    @Test
    void decisions_bodyOverLimit_413() {
        String big = "{\"people\": [{\"id\": \"p-1\", \"name\": \"" + "x".repeat(70 * 1024) + "\"}]}";
        HttpResponse<String> response = http.json("/v1/decisions", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(body(response).get("error").asText()).contains("over the limit of 65536");
    }

    @Test
    void decisions_chunkedBodyOverLimit_413WhileReading() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 8; i++) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException e) {
                // the server may close before all is sent; its answer is still there to read
            }
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void decisions_wrongContentType_415() {
        HttpResponse<String> response = http.post("/v1/decisions", "text/plain", Http.EMPTY);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(body(response).get("error").asText()).isEqualTo("expected Content-Type application/json, was \"text/plain\"");
    }

    @Test
    void decisions_notUtf8_400() {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(server.uri().resolve("/v1/decisions"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xff, '}'})));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("error").asText()).isEqualTo("the body is not UTF-8 text");
    }

    @Test
    void decisions_slowClient_408AndConnectionClosed() throws IOException {
        try (FinelineServer impatient = FinelineServer.builder(PolicyEngine.builder().warmUp(false)).port(0)
                .readTimeout(Duration.ofMillis(500)).noDecisionLog().build().start();
                Socket socket = new Socket("127.0.0.1", impatient.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"people\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("\"status\":408").doesNotContain("Exception");
        }
    }

    @Test
    void decisions_garbageRequestLine_400Json() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 4").contains("application/json").contains("\"status\":4")
                    .doesNotContain("<html");
        }
    }

    @Test
    void route_unknownPathOrMethod_404Or405() {
        assertThat(http.get("/v1/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> response = http.get("/v1/decisions");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void rules_get_everyRuleWithTheRuleBase() {
        HttpResponse<String> response = http.get("/v1/rules");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("ruleBase").asText()).startsWith("sha256:");
        assertThat(body.get("rules").findValuesAsText("guidance")).contains("HOURS-2", "TEST-1");
    }

    @Test
    void validate_goodRule_valid() {
        HttpResponse<String> response = http.post("/v1/rules:validate", "text/plain", Rules.launch("TEST-5"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("valid").asBoolean()).isTrue();
        assertThat(body(response).get("rules").asInt()).isEqualTo(1);
    }

    @Test
    void validate_brokenRule_422WithLine() {
        HttpResponse<String> response = http.post("/v1/rules:validate", "text/plain", Rules.BROKEN);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = body(response).get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("request.drl");
        assertThat(problem.get("line").asInt()).isEqualTo(10);
        assertThat(response.body()).doesNotContain(folder.getParent().toString());
    }

    @Test
    void validate_ruleReachingTheJvm_422LikeCustomRules() {
        HttpResponse<String> response = http.post("/v1/rules:validate", "text/plain", Rules.EXIT);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).get("problems").get(0).get("line").asInt()).isEqualTo(12);
    }

    @Test
    void health_probes_liveAndReady() {
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(body(ready).get("ruleBase").asText()).isEqualTo(server.engine().ruleBaseId());
    }

    @Test
    void metrics_afterDecisionsAndRefusals_prometheusText() {
        http.json("/v1/decisions", Http.CONTRACTOR);
        http.post("/v1/decisions", "text/plain", "x");

        HttpResponse<String> response = http.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("fineline_decisions_total{verdict=\"FORBIDDEN\"}")
                .contains("fineline_decision_latency_seconds_bucket")
                .contains("fineline_requests_refused_total{reason=\"unsupported_media_type\",status=\"415\"}")
                .contains("fineline_ready 1.0");
    }
}
