package dev.fineline.server;

import dev.fineline.model.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The server's Micrometer meters, scraped in the Prometheus text format from {@code /metrics}. */
final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Verdict, Counter> decisions = new EnumMap<>(Verdict.class);
    private final Timer latency;

    Metrics(BooleanSupplier ready) {
        for (Verdict verdict : Verdict.values()) {
            decisions.put(verdict, Counter.builder("fineline.decisions").description("decisions made, by verdict")
                    .tag("verdict", verdict.name()).register(registry));
        }
        latency = Timer.builder("fineline.decision.latency")
                .description("time to answer a decision request: reading, judging, logging")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(20_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        Gauge.builder("fineline.ready", ready, r -> r.getAsBoolean() ? 1 : 0)
                .description("1 once the rule base is built and decisions are answered").strongReference(true)
                .register(registry);
    }

    void decided(Verdict verdict) {
        decisions.get(verdict).increment();
    }

    void latency(long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A reload: {@code applied}, {@code unchanged} or {@code refused}; by {@code request} or {@code watch}. */
    void reload(String outcome, String trigger) {
        Counter.builder("fineline.reloads").description("rule reloads, by outcome and trigger")
                .tags("outcome", outcome, "trigger", trigger).register(registry).increment();
    }

    /** A refused request, by reason ({@code unauthorized}, {@code too_large}, {@code invalid_input}...). */
    void refused(String reason, int status) {
        Counter.builder("fineline.requests.refused").description("requests refused with a 4xx or 503, by reason")
                .tags("reason", reason, "status", Integer.toString(status)).register(registry).increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
