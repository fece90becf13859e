package dev.fineline.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every route the server answers: path to its method. docs/openapi.yaml must describe exactly these. */
final class Routes {

    static final String DECISIONS = "/v1/decisions";
    static final String BATCH = "/v1/decisions:batch";
    static final String RULES = "/v1/rules";
    static final String VALIDATE = "/v1/rules:validate";
    static final String RELOAD = "/v1/reload";
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    static final String METRICS = "/metrics";

    /** Path to method; each path answers one method. */
    static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(DECISIONS, "POST");
        all.put(BATCH, "POST");
        all.put(RULES, "GET");
        all.put(VALIDATE, "POST");
        all.put(RELOAD, "POST");
        all.put(LIVE, "GET");
        all.put(READY, "GET");
        all.put(METRICS, "GET");
        ALL = java.util.Collections.unmodifiableMap(all);
    }

    /** Open to anyone who can reach the port: probes carry no token. */
    static final Set<String> OPEN = Set.of(LIVE, READY);

    /** Limited to an admin token when admin tokens are configured. */
    static final Set<String> ADMIN = Set.of(VALIDATE, RELOAD);

    /** Answered only once the rule base is built. */
    static final List<String> NEED_ENGINE = List.of(DECISIONS, BATCH, RULES, RELOAD);

    private Routes() {
    }
}
