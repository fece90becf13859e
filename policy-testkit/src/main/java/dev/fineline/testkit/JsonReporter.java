package dev.fineline.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders a {@link TestRun} as one JSON document:
 * {@code {"passed", "failed", "errors", "ruleBase", "results": [{"name", "file", "line", "status",
 * "differences", "error", "verdict", "guidance"}], "coverage": {...}}}.
 */
public final class JsonReporter {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonReporter() {
    }

    /**
     * Renders a run.
     *
     * @param run the run
     * @return one line of JSON
     */
    public static String render(TestRun run) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("passed", run.passed());
            g.writeNumberField("failed", run.failed());
            g.writeNumberField("errors", run.errors());
            g.writeStringField("ruleBase", run.ruleBase());
            g.writeArrayFieldStart("results");
            for (ScenarioResult r : run.results()) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("file", r.file());
                g.writeNumberField("line", r.line());
                g.writeStringField("status", r.status().name());
                g.writeArrayFieldStart("differences");
                for (String d : r.differences()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                if (!r.error().isEmpty()) {
                    g.writeStringField("error", r.error());
                }
                if (r.decision() != null) {
                    g.writeStringField("verdict", r.decision().verdict().name());
                    g.writeArrayFieldStart("guidance");
                    for (String id : r.decision().guidance()) {
                        g.writeString(id);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            Coverage c = run.coverage();
            g.writeObjectFieldStart("coverage");
            g.writeStringField("of", c.of());
            g.writeNumberField("rules", c.rules());
            g.writeNumberField("rulePercent", Math.round(c.rulePercent() * 10) / 10.0);
            g.writeArrayFieldStart("rulesNeverFired");
            for (String n : c.rulesNeverFired()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeNumberField("guidance", c.guidance());
            g.writeNumberField("guidancePercent", Math.round(c.guidancePercent() * 10) / 10.0);
            g.writeArrayFieldStart("guidanceNotAsserted");
            for (String n : c.guidanceNotAsserted()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
