package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens and admin tokens: each refusal, and who gets in. */
class ServerAuthTest {

    private static final String USER = "user-token-0123456789abcdef";
    private static final String ADMIN = "admin-token-0123456789abcdef";

    @TempDir
    static Path folder;

    private static FinelineServer server;
    private static FinelineServer noAdmin;
    private static Http http;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        Path tokens = Files.writeString(folder.resolve("tokens"), "# callers\nhr-app " + USER + "\n\n");
        Path admins = Files.writeString(folder.resolve("admin-tokens"), ADMIN + "\n");
        PolicyEngine.Builder engine = PolicyEngine.builder().warmUp(false);
        server = FinelineServer.builder(engine).port(0).tokenFile(tokens).adminTokenFile(admins)
                .decisionLog(LOG, false).build().start();
        noAdmin = FinelineServer.builder(engine).port(0).tokens(USER, "FINELINE_TOKENS").noDecisionLog().build().start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        noAdmin.close();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void decisions_noToken_401WithChallenge() {
        var response = http.json("/v1/decisions", Http.EMPTY);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void decisions_unknownToken_401() {
        assertThat(http.json("/v1/decisions", Http.EMPTY, "Authorization", bearer(USER + "x")).statusCode()).isEqualTo(401);
        assertThat(http.json("/v1/decisions", Http.EMPTY, "Authorization", "Basic " + USER).statusCode()).isEqualTo(401);
    }

    @Test
    void decisions_userToken_200AndCallerLogged() {
        var response = http.json("/v1/decisions", Http.EMPTY, "Authorization", bearer(USER));

        assertThat(response.statusCode()).isEqualTo(200);
        String id = response.headers().firstValue("Fineline-Decision-Id").orElseThrow();
        assertThat(LOG.toString().lines().filter(l -> l.contains(id))).singleElement()
                .satisfies(l -> assertThat(l).contains("\"caller\":\"hr-app\"").doesNotContain(USER));
    }

    @Test
    void metricsAndRules_noToken_401() {
        assertThat(http.get("/metrics").statusCode()).isEqualTo(401);
        assertThat(http.get("/v1/rules").statusCode()).isEqualTo(401);
        assertThat(http.get("/v1/rules", "Authorization", bearer(USER)).statusCode()).isEqualTo(200);
    }

    @Test
    void health_noToken_open() {
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void reload_userToken_403() {
        var response = http.post("/v1/reload", null, "", "Authorization", bearer(USER));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("needs an admin token");
    }

    @Test
    void validate_userToken_403() {
        assertThat(http.post("/v1/rules:validate", "text/plain", Rules.launch("TEST-1"), "Authorization", bearer(USER))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void reload_adminToken_200() {
        assertThat(http.post("/v1/reload", null, "", "Authorization", bearer(ADMIN)).statusCode()).isEqualTo(200);
    }

    @Test
    void reload_noAdminTokenConfigured_403() {
        var response = new Http(noAdmin.uri()).post("/v1/reload", null, "", "Authorization", bearer(USER));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("the server has none configured");
    }

    @Test
    void start_beyondLoopbackWithoutTokens_refused() {
        FinelineServer open = FinelineServer.builder(PolicyEngine.builder().warmUp(false)).port(0).bind("0.0.0.0").build();

        assertThatThrownBy(open::start).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("listening on \"0.0.0.0\" needs bearer tokens");
    }

    @Test
    void tokens_tooShort_refusedWithLine() {
        assertThatThrownBy(() -> FinelineServer.builder(PolicyEngine.builder()).tokens("# x\nshort", "tokens.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokens.txt:2: a token must be at least 16 characters long");
    }

    @Test
    void tokens_constantTimeLookup_findsEveryEntry() {
        Tokens tokens = Tokens.parse("a 0123456789abcdef0\nb 0123456789abcdef1\n0123456789abcdef2", "t");

        assertThat(tokens.caller("0123456789abcdef0")).isEqualTo("a");
        assertThat(tokens.caller("0123456789abcdef1")).isEqualTo("b");
        assertThat(tokens.caller("0123456789abcdef2")).startsWith("token-");
        assertThat(tokens.caller("0123456789abcdef3")).isNull();
    }
}
