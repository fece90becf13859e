package dev.fineline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy serve} and {@code policy log}: serve, log the decisions, replay them against changed rules. */
class ServeAndLogTest {

    private static final String SITUATION = """
            {"at": "2026-11-23T10:00:00Z",
             "people": [{"id": "p-kari"}],
             "accounts": [{"id": "a-corp", "kind": "CORPORATE"}],
             "posts": [{"id": "post-1", "author": "p-kari", "account": "a-corp", "tags": ["WORK_RELATED"]}]}
            """;

    private static final String EXTRA_RULE = """
            package test.rules;

            import dev.fineline.model.*;
            import dev.fineline.rules.FindingSink;

            global FindingSink findings;

            rule "NoWorkPosts" @guidance("TEST-1") @verdict(FORBIDDEN)
            when
                $post : Post(hasTag(ContentTag.WORK_RELATED))
            then
                findings.emit(Verdict.FORBIDDEN, $post.id(), "work post `" + $post.id() + "`");
            end
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void reset() {
        ServeCommand.started = server -> { };
    }

    private int run(String... args) {
        return PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Serves with the arguments, posts the situation once, stops; returns the exit code. */
    private int serveOnce(List<String> answers, String... args) throws Exception {
        ServeCommand.started = server -> {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.uri() + "v1/decisions")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SITUATION)).build(), HttpResponse.BodyHandlers.ofString());
                answers.add(response.statusCode() + " " + response.body());
            } catch (Exception e) {
                answers.add(e.toString());
            } finally {
                server.close();
            }
        };
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> run(args));
        return code.get(120, TimeUnit.SECONDS);
    }

    @Test
    void serve_oneRequest_answersAndLogsToTheFile() throws Exception {
        Path log = dir.resolve("decisions.log");
        List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();

        int code = serveOnce(answers, "serve", "--port", "0", "--decision-log", log.toString());

        assertThat(code).isZero();
        assertThat(answers).singleElement().satisfies(a -> assertThat(a).startsWith("200 {\"verdict\":\"ALLOWED\""));
        assertThat(err.toString()).contains("policy: serving on http://127.0.0.1:");
        assertThat(Files.readAllLines(log)).singleElement().satisfies(l -> assertThat(l).contains("\"verdict\":\"ALLOWED\"")
                .doesNotContain("\"input\""));
    }

    @Test
    void serve_beyondLoopbackWithoutTokens_exitsTwo() {
        assertThat(run("serve", "--port", "0", "--bind", "0.0.0.0")).isEqualTo(2);
        assertThat(err.toString()).contains("policy: listening on \"0.0.0.0\" needs bearer tokens");
    }

    @Test
    void log_replayWithLoggedInputs_sameRulesZeroChangedRulesOne() throws Exception {
        Path log = dir.resolve("decisions.log");
        serveOnce(new java.util.concurrent.CopyOnWriteArrayList<>(), "serve", "--port", "0", "--decision-log",
                log.toString(), "--log-inputs");
        Path rules = Files.writeString(dir.resolve("extra.drl"), EXTRA_RULE);

        assertThat(run("log", log.toString())).isZero();
        assertThat(out.toString()).contains("1 decisions replayed against rule base sha256:").contains(": 0 differ");

        assertThat(run("log", "--rules", rules.toString(), log.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(log + ":1: decision ").contains(": ALLOWED -> FORBIDDEN")
                .contains("  + FORBIDDEN TEST-1 NoWorkPosts [post-1]");
    }

    @Test
    void log_inputsFromFolderByHash_replayed() throws Exception {
        Path log = dir.resolve("decisions.log");
        serveOnce(new java.util.concurrent.CopyOnWriteArrayList<>(), "serve", "--port", "0", "--decision-log",
                log.toString());
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("post.json"), SITUATION);
        Path rules = Files.writeString(dir.resolve("extra.drl"), EXTRA_RULE);

        assertThat(run("log", "--rules", rules.toString(), "--inputs", inputs.toString(), log.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("+ FORBIDDEN TEST-1 NoWorkPosts [post-1]");
    }

    @Test
    void log_batchInputKeptOnce_everyItemReplayed() throws Exception {
        Path log = dir.resolve("decisions.log");
        ServeCommand.started = server -> {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.uri() + "v1/decisions:batch"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + SITUATION + ", {}, " + SITUATION + "]")).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                server.close();
            }
        };
        CompletableFuture.supplyAsync(() -> run("serve", "--port", "0", "--decision-log", log.toString(), "--log-inputs"))
                .get(120, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"input\"");
        assertThat(lines.get(1)).doesNotContain("\"input\"").contains("#1\"");
        Path rules = Files.writeString(dir.resolve("extra.drl"), EXTRA_RULE);

        assertThat(run("log", "--rules", rules.toString(), log.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("3 decisions replayed").contains(": 2 differ");
    }

    @Test
    void log_inputNowhere_notReplayedExitsTwo() throws Exception {
        Path log = dir.resolve("decisions.log");
        serveOnce(new java.util.concurrent.CopyOnWriteArrayList<>(), "serve", "--port", "0", "--decision-log",
                log.toString());

        assertThat(run("log", log.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not replayed: its input is neither in the log nor in --inputs");
    }

    @Test
    void log_malformedLine_locatedExitsTwo() throws Exception {
        Path log = Files.writeString(dir.resolve("bad.log"), "{\"id\": \"x\"}\n");

        assertThat(run("log", log.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(log + ":1:1: time: is required");
    }

}
