package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml against the server: every documented route answers, every served route is documented. */
class OpenApiTest {

    private static final Path DOC = Path.of("..", "docs", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private static Set<String> documented() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOC)).get("paths");
        Set<String> routes = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> names = path.getValue().fieldNames(); names.hasNext();) {
                String method = names.next();
                if (METHODS.contains(method)) {
                    routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return routes;
    }

    @Test
    void openapi_documentedRoutes_sameAsServed() throws IOException {
        Set<String> served = new TreeSet<>();
        Routes.ALL.forEach((path, method) -> served.add(method + " " + path));

        assertThat(documented()).isEqualTo(served);
    }

    @Test
    void openapi_everyDocumentedRoute_answersOnTheServer() throws IOException {
        try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder().warmUp(false)).port(0).noDecisionLog()
                .build().start()) {
            Http http = new Http(server.uri());
            List<String> failures = new ArrayList<>();
            for (String route : documented()) {
                String[] parts = route.split(" ", 2);
                String type = parts[1].equals(Routes.VALIDATE) ? "text/plain" : "application/json";
                String body = parts[1].equals(Routes.BATCH) ? "[" + Http.EMPTY + "]"
                        : parts[1].equals(Routes.VALIDATE) ? Rules.launch("TEST-1") : Http.EMPTY;
                HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(parts[1]))
                        .method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
                if (!parts[0].equals("GET")) {
                    request.header("Content-Type", type);
                }
                int status = http.send(request).statusCode();
                if (status != 200) {
                    failures.add(route + " answered " + status);
                }
            }
            assertThat(failures).isEmpty();
        }
    }
}
