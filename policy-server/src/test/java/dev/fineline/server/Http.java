package dev.fineline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests. */
final class Http {

    static final String CONTRACTOR = """
            {"at": "2026-11-23T10:00:00Z",
             "people": [{"id": "p-ola", "name": "Ola Nordmann", "engagement": "CONTRACTOR"}],
             "requests": [{"id": "r-1", "kind": "RESTRICT_WORK_HOURS_USE", "to": ["p-ola"]}]}
            """;

    static final String EMPTY = "{\"at\": \"2026-11-23T10:00:00Z\"}";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final HttpClient client;

    Http(URI base) {
        this(base, CLIENT);
    }

    Http(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, headers);
    }

    HttpResponse<String> json(String path, String body, String... headers) {
        return post(path, "application/json", body, headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
