package dev.fineline.server;

import dev.fineline.format.DecisionJson;
import dev.fineline.format.DecisionLog;
import dev.fineline.format.FileProblem;
import dev.fineline.format.InvalidFileException;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Focus;
import dev.fineline.rules.InvalidRulesException;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: routing, authentication, reading the body within its limits, judging, and
 * JSON answers. Every refusal is a 4xx with JSON problems; nothing a client sends leads to a stack
 * trace or a 500.
 */
final class Api extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final String JSON = "application/json";
    /** The name problems in a request body are reported under; its extension makes it read as JSON. */
    static final String BODY_NAME = "request.json";

    /** An answer: status, content type, body and an optional extra header. */
    private record Answer(int status, String contentType, String body, String header, String headerValue) {
        static Answer json(int status, String body) {
            return new Answer(status, JSON, body, null, null);
        }
    }

    private final FinelineServer server;
    private final FinelineServer.Builder config;
    private final Metrics metrics;
    private final DecisionSink sink;
    private final Tokens tokens;
    private final Tokens adminTokens;
    private final boolean authRequired;
    private final Semaphore validating = new Semaphore(1);

    Api(FinelineServer server, FinelineServer.Builder config, Metrics metrics, DecisionSink sink, Tokens tokens,
            Tokens adminTokens) {
        super(InvocationType.BLOCKING);
        this.server = server;
        this.config = config;
        this.metrics = metrics;
        this.sink = sink;
        this.tokens = tokens;
        this.adminTokens = adminTokens;
        this.authRequired = !tokens.isEmpty();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = answer(request, start);
        } catch (Refusal r) {
            metrics.refused(r.reason, r.status);
            String header = r.status == 401 ? "WWW-Authenticate" : r.status == 405 ? "Allow" : null;
            String value = r.status == 401 ? "Bearer realm=\"fineline\""
                    : r.status == 405 ? Routes.ALL.get(Request.getPathInContext(request)) : null;
            answer = new Answer(r.status, JSON, JsonOut.error(r.status, r.getMessage(), r.problems), header, value);
        } catch (Throwable t) {
            LOG.warn("internal error answering {} {}", request.getMethod(), Request.getPathInContext(request), t);
            answer = Answer.json(500, JsonOut.error(500, "internal error", List.of()));
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        if (answer.header() != null) {
            response.getHeaders().put(answer.header(), answer.headerValue());
        }
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private Answer answer(Request request, long start) {
        String path = Request.getPathInContext(request);
        String method = Routes.ALL.get(path);
        if (method == null) {
            throw new Refusal(404, "not_found", "no such endpoint \"" + path + "\"");
        }
        if (!method.equals(request.getMethod())) {
            throw new Refusal(405, "method_not_allowed", "method \"" + request.getMethod() + "\" is not allowed on \""
                    + path + "\"; use " + method);
        }
        String caller = authenticate(request, path);
        PolicyEngine engine = server.engine();
        if (engine == null && Routes.NEED_ENGINE.contains(path)) {
            throw new Refusal(503, "not_ready", "the rule base is still being built");
        }
        return switch (path) {
            case Routes.DECISIONS -> decide(engine, request, caller, start);
            case Routes.BATCH -> batch(engine, request, caller, start);
            case Routes.RULES -> Answer.json(200, JsonOut.rules(engine.ruleBaseId(), engine.rules()));
            case Routes.VALIDATE -> validate(request, start);
            case Routes.RELOAD -> reload();
            case Routes.LIVE -> Answer.json(200, "{\"status\":\"live\"}");
            case Routes.READY -> engine == null
                    ? Answer.json(503, "{\"status\":\"starting\"}")
                    : Answer.json(200, JsonOut.object(g -> {
                        g.writeStringField("status", "ready");
                        g.writeStringField("ruleBase", engine.ruleBaseId());
                    }));
            case Routes.METRICS -> new Answer(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape(), null, null);
            default -> throw new IllegalStateException("route without an answer: " + path);
        };
    }

    /** Checks the bearer token where one is needed; returns the caller's name, or null when none is needed. */
    private String authenticate(Request request, String path) {
        if (Routes.OPEN.contains(path)) {
            return null;
        }
        boolean admin = Routes.ADMIN.contains(path);
        if (!authRequired && !(admin && !adminTokens.isEmpty())) {
            return null;
        }
        String presented = bearer(request);
        if (presented == null) {
            throw new Refusal(401, "unauthorized", "a bearer token is required: Authorization: Bearer TOKEN");
        }
        if (admin) {
            String caller = adminTokens.caller(presented);
            if (caller != null) {
                return caller;
            }
            if (tokens.caller(presented) != null) {
                throw new Refusal(403, "forbidden", adminTokens.isEmpty()
                        ? "\"" + path + "\" needs an admin token, and the server has none configured"
                        : "\"" + path + "\" needs an admin token");
            }
            throw new Refusal(401, "unauthorized", "unknown token");
        }
        String caller = tokens.caller(presented);
        if (caller == null) {
            caller = adminTokens.caller(presented);
        }
        if (caller == null) {
            throw new Refusal(401, "unauthorized", "unknown token");
        }
        return caller;
    }

    private static String bearer(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private Answer decide(PolicyEngine engine, Request request, String caller, long start) {
        EvaluationOptions options = options(request, true);
        byte[] body = body(request, JSON, start);
        String text = utf8(body);
        Situation situation;
        try {
            situation = SituationFiles.parse(text, BODY_NAME);
        } catch (InvalidFileException e) {
            throw new Refusal(400, "invalid_input", "invalid situation", e.problems());
        }
        Decision decision = judge(engine, situation, options);
        String id = decisionId();
        log(id, sha256(body), situation, caller, decision, text);
        metrics.decided(decision.verdict());
        metrics.latency(System.nanoTime() - start);
        return new Answer(200, JSON, DecisionJson.write(decision, null, options.focus() == null ? null : options.focus().subject()),
                "Fineline-Decision-Id", id);
    }

    private Answer batch(PolicyEngine engine, Request request, String caller, long start) {
        EvaluationOptions options = options(request, false);
        byte[] body = body(request, JSON, start);
        String text = utf8(body);
        List<Situation> situations;
        try {
            situations = SituationFiles.parseAll(text, BODY_NAME, config.maxBatch);
        } catch (InvalidFileException e) {
            throw new Refusal(400, "invalid_input", "invalid batch", e.problems());
        }
        String hash = sha256(body);
        List<String> ids = new ArrayList<>(situations.size());
        StringBuilder out = new StringBuilder("{\"decisions\":[");
        for (int i = 0; i < situations.size(); i++) {
            Decision decision = judge(engine, situations.get(i), options);
            String id = decisionId();
            ids.add(id);
            // the batch body is kept once, with its first item: replay finds it there for the others
            log(id, hash + "#" + i, situations.get(i), caller, decision, i == 0 ? text : null);
            metrics.decided(decision.verdict());
            out.append(i == 0 ? "" : ",").append(DecisionJson.write(decision));
        }
        metrics.latency(System.nanoTime() - start);
        return Answer.json(200, out.append("]}").toString());
    }

    /** The longest query parameter value quoted back in an error. */
    private static final int QUOTED = 64;

    /**
     * The options a request's query asks for: {@code lang} (en or nb) and, for one situation, {@code focus}.
     * Read before the body, and only these: any other parameter, or one given twice, is refused.
     */
    private static EvaluationOptions options(Request request, boolean focus) {
        if (request.getHttpURI().getQuery() == null) {
            return EvaluationOptions.DEFAULT;
        }
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new Refusal(400, "invalid_input", "the query cannot be read");
        }
        EvaluationOptions.Builder options = EvaluationOptions.builder();
        for (Fields.Field field : query) {
            String name = field.getName();
            if (field.getValues().size() != 1) {
                throw new Refusal(400, "invalid_input", "query parameter \"" + clip(name) + "\" is given more than once");
            }
            String value = field.getValue();
            if (name.equals("lang")) {
                try {
                    options.language(value);
                } catch (IllegalArgumentException e) {
                    throw new Refusal(400, "invalid_input", "lang: expected en or nb, was \"" + clip(value) + "\"");
                }
            } else if (name.equals("focus") && focus) {
                try {
                    options.focus(Focus.on(value));
                } catch (IllegalArgumentException e) {
                    throw new Refusal(400, "invalid_input", e.getMessage());
                }
            } else {
                throw new Refusal(400, "invalid_input", "unknown query parameter \"" + clip(name) + "\"; expected "
                        + (focus ? "lang or focus" : "lang"));
            }
        }
        return options.build();
    }

    private static String clip(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "...";
    }

    private static Decision judge(PolicyEngine engine, Situation situation, EvaluationOptions options) {
        try {
            return engine.evaluate(situation, options);
        } catch (IllegalArgumentException e) {
            // rule settings that name a rule or guidance id not in force
            throw new Refusal(400, "invalid_input", "invalid situation",
                    List.of(new FileProblem(BODY_NAME, 0, 0, "", e.getMessage())));
        }
    }

    private void log(String id, String inputHash, Situation situation, String caller, Decision decision, String text) {
        if (sink != null) {
            sink.write(DecisionLog.write(DecisionLog.of(id, Instant.now(), inputHash, situation.at(), caller, decision,
                    config.logExplanations, config.logInputs && text != null ? text : null)));
        }
    }

    private Answer validate(Request request, long start) {
        byte[] body = body(request, "text/plain", start);
        String text = utf8(body);
        if (!validating.tryAcquire()) {
            throw new Refusal(429, "busy", "another validation is running; try again shortly");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("fineline-validate");
            Path file = folder.resolve("request.drl");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                // the same restricted checking and compiling as loading custom rules
                PolicyEngine candidate = PolicyEngine.builder().addRules(file).warmUp(false).build();
                long custom = candidate.rules().stream().filter(r -> !r.isBuiltIn()).count();
                return Answer.json(200, JsonOut.object(g -> {
                    g.writeBooleanField("valid", true);
                    g.writeNumberField("rules", custom);
                    g.writeArrayFieldStart("problems");
                    g.writeEndArray();
                }));
            } catch (InvalidRulesException e) {
                String prefix = folder.toString();
                List<RuleProblem> problems = e.problems().stream()
                        .map(p -> p.file().startsWith(prefix) ? new RuleProblem("request.drl", p.line(), p.message()) : p)
                        .toList();
                metrics.refused("invalid_rules", 422);
                return Answer.json(422, JsonOut.object(g -> {
                    g.writeBooleanField("valid", false);
                    g.writeNumberField("rules", 0);
                    JsonOut.ruleProblems(g, "problems", problems);
                }));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a temporary rule file", e);
        } finally {
            validating.release();
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", folder, e.toString());
        }
    }

    private Answer reload() {
        try {
            String before = server.engine().ruleBaseId();
            String now = server.reload("request");
            return Answer.json(200, JsonOut.object(g -> {
                g.writeStringField("ruleBase", now);
                g.writeBooleanField("changed", !now.equals(before));
            }));
        } catch (InvalidRulesException e) {
            String kept = server.engine().ruleBaseId();
            return Answer.json(422, JsonOut.object(g -> {
                g.writeNumberField("status", 422);
                g.writeStringField("error", "rules refused; the rule base in force stays");
                g.writeStringField("ruleBase", kept);
                JsonOut.ruleProblems(g, "problems", e.problems());
            }));
        }
    }

    /**
     * Reads the body within the size limit and the read deadline, before any parsing: a declared length
     * over the limit is refused at once, and a body that keeps coming is cut off at the limit.
     */
    private byte[] body(Request request, String contentType, long start) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals(contentType)) {
            throw new Refusal(415, "unsupported_media_type", "expected Content-Type " + contentType + ", was "
                    + (type == null ? "none" : "\"" + type + "\""));
        }
        if (type.contains(";") && type.toLowerCase(Locale.ROOT).contains("charset=")
                && !type.toLowerCase(Locale.ROOT).replace("\"", "").contains("charset=utf-8")) {
            throw new Refusal(415, "unsupported_media_type", "expected UTF-8, was \"" + type + "\"");
        }
        int limit = config.maxBodyBytes;
        long declared = request.getLength();
        long deadline = start + config.readTimeout.toNanos();
        if (declared > limit) {
            if (declared <= 4L * limit) {
                // read and drop a body a few times the limit, so the client hears the 413 on a live connection
                drain(request, deadline);
            }
            throw new Refusal(413, "too_large", "the body is " + declared + " bytes, over the limit of " + limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] chunk = new byte[8192];
        try (InputStream in = Request.asInputStream(request)) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                out.write(chunk, 0, n);
                if (out.size() > limit) {
                    throw new Refusal(413, "too_large", "the body is over the limit of " + limit + " bytes");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new Refusal(408, "slow_client", "the body did not arrive within "
                            + config.readTimeout.toMillis() + " ms");
                }
            }
        } catch (IOException e) {
            throw new Refusal(408, "slow_client", "the body did not arrive in time");
        }
        return out.toByteArray();
    }

    private void drain(Request request, long deadline) {
        byte[] chunk = new byte[8192];
        try (InputStream in = Request.asInputStream(request)) {
            while (in.read(chunk) >= 0) {
                if (System.nanoTime() - deadline > 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // the connection is closed after the answer
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(400, "invalid_input", "the body is not UTF-8 text");
        }
    }

    /**
     * A random version 4 UUID from the thread's own generator: unique enough for a log and free of the
     * contention of the shared secure generator; decision ids are not secrets.
     */
    static String decisionId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static String sha256(byte[] body) {
        try {
            return "sha256:" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("sha-256 is missing from this JVM", e);
        }
    }
}
