package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading on request and on rule file changes: atomic, and a broken set is refused while the old one stays. */
class ServerReloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static String ruleBase(Http http) throws IOException {
        return JSON.readTree(http.get("/health/ready").body()).get("ruleBase").asText();
    }

    @Test
    void reload_changedThenBrokenRules_appliedThenRefusedOldStays() throws IOException {
        Path rules = Files.writeString(folder.resolve("launch.drl"), Rules.launch("TEST-1"));
        try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder().addRules(rules).warmUp(false))
                .port(0).noDecisionLog().build().start()) {
            Http http = new Http(server.uri());
            String first = ruleBase(http);

            var unchanged = http.post("/v1/reload", null, "");
            assertThat(unchanged.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(unchanged.body()).get("changed").asBoolean()).isFalse();

            Files.writeString(rules, Rules.launch("TEST-2"));
            var applied = http.post("/v1/reload", null, "");
            assertThat(applied.statusCode()).isEqualTo(200);
            String second = JSON.readTree(applied.body()).get("ruleBase").asText();
            assertThat(second).isNotEqualTo(first).isEqualTo(ruleBase(http));

            Files.writeString(rules, Rules.BROKEN);
            var refused = http.post("/v1/reload", null, "");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(refused.body()).get("ruleBase").asText()).isEqualTo(second);
            assertThat(JSON.readTree(refused.body()).get("problems").get(0).get("line").asInt()).isEqualTo(10);
            assertThat(ruleBase(http)).isEqualTo(second);
            assertThat(http.json("/v1/decisions", Http.CONTRACTOR).body()).contains("\"verdict\":\"FORBIDDEN\"");
            assertThat(http.get("/metrics").body())
                    .contains("fineline_reloads_total{outcome=\"refused\",trigger=\"request\"} 1.0")
                    .contains("fineline_reloads_total{outcome=\"applied\",trigger=\"request\"} 1.0");
        }
    }

    @Test
    void watch_ruleFileChanged_reloadedThenBrokenRefused() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("rules"));
        Path rules = Files.writeString(dir.resolve("launch.drl"), Rules.launch("TEST-1"));
        BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
        try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder().addRules(dir).warmUp(false))
                .port(0).noDecisionLog().watch(List.of(dir)).onReload(id -> outcomes.add(id == null ? "refused" : id))
                .build().start()) {
            Http http = new Http(server.uri());
            String first = ruleBase(http);

            Files.writeString(rules, Rules.launch("TEST-3"));
            String second = outcomes.poll(30, TimeUnit.SECONDS);
            assertThat(second).isNotNull().isNotEqualTo(first).isEqualTo(ruleBase(http));
            assertThat(JSON.readTree(http.get("/v1/rules").body()).get("rules").findValuesAsText("guidance")).contains("TEST-3");

            Files.writeString(rules, Rules.BROKEN);
            assertThat(outcomes.poll(30, TimeUnit.SECONDS)).isEqualTo("refused");
            assertThat(ruleBase(http)).isEqualTo(second);
            assertThat(http.get("/metrics").body()).contains("fineline_reloads_total{outcome=\"refused\",trigger=\"watch\"} 1.0");
        }
    }
}
