package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 concurrent connections sending a mix of valid, malformed and oversized bodies while the rules are
 * reloaded every second: no wrong decision, no 500, and the server still ready afterwards.
 */
class ServerStressTest {

    private static final int CONNECTIONS = 200;
    private static final int REQUESTS_PER_CONNECTION = 8;
    private static final int RELOADS = 3;

    @TempDir
    Path folder;

    @Test
    void decisions_concurrentMixWithReloads_noWrongDecisionNo500StillReady() throws Exception {
        Path rules = Files.writeString(folder.resolve("launch.drl"), Rules.launch("TEST-1"));
        try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder().addRules(rules).warmUp(false))
                .port(0).maxBodyBytes(16 * 1024).noDecisionLog().build().start()) {
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            String oversized = "{\"people\": [{\"id\": \"p-1\", \"name\": \"" + "x".repeat(20 * 1024) + "\"}]}";
            String malformed = "{\"people\": [{\"id\": \"p-1\",, }";

            ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
            CountDownLatch reloaded = new CountDownLatch(RELOADS);
            Http admin = new Http(server.uri());
            reloader.scheduleAtFixedRate(() -> {
                if (reloaded.getCount() == 0) {
                    return;
                }
                try {
                    Files.writeString(rules, Rules.launch(reloaded.getCount() % 2 == 0 ? "TEST-1" : "TEST-2"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int status = admin.post("/v1/reload", null, "").statusCode();
                if (status != 200) {
                    wrong.add("reload answered " + status);
                }
                reloaded.countDown();
            }, 0, 1, TimeUnit.SECONDS);

            ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
            HttpClient shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                int connection = c;
                running.add(clients.submit(() -> {
                    // one shared HTTP/1.1 client: each request in flight holds its own keep-alive connection
                    Http http = new Http(server.uri(), shared);
                    go.await();
                    for (int i = 0; i < REQUESTS_PER_CONNECTION; i++) {
                        int kind = (connection + i) % 4;
                        String body = switch (kind) {
                            case 0 -> Http.CONTRACTOR;
                            case 1 -> Http.EMPTY;
                            case 2 -> malformed;
                            default -> oversized;
                        };
                        HttpResponse<String> response = http.json("/v1/decisions", body);
                        String outcome = kind + ":" + response.statusCode();
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        boolean right = switch (kind) {
                            case 0 -> response.statusCode() == 200 && response.body().startsWith("{\"verdict\":\"FORBIDDEN\"")
                                    && response.body().contains("\"guidance\":\"HOURS-2\"");
                            case 1 -> response.statusCode() == 200 && response.body().startsWith("{\"verdict\":\"ALLOWED\"");
                            case 2 -> response.statusCode() == 400;
                            default -> response.statusCode() == 413;
                        };
                        if (!right) {
                            wrong.add(outcome + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertThat(reloaded.await(120, TimeUnit.SECONDS)).isTrue();
            reloader.shutdownNow();
            clients.shutdownNow();

            assertThat(wrong).isEmpty();
            assertThat(outcomes.keySet()).containsExactlyInAnyOrder("0:200", "1:200", "2:400", "3:413");
            assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum())
                    .isEqualTo(CONNECTIONS * REQUESTS_PER_CONNECTION);
            assertThat(new Http(server.uri()).get("/health/ready").statusCode()).isEqualTo(200);
            assertThat(new Http(server.uri()).get("/metrics").body())
                    .doesNotContain("status=\"500\"")
                    .contains("fineline_reloads_total{outcome=\"applied\",trigger=\"request\"}");
        }
    }
}
