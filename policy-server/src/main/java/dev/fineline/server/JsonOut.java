package dev.fineline.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fineline.format.FileProblem;
import dev.fineline.rules.RuleInfo;
import dev.fineline.rules.RuleProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The server's JSON answers other than decisions, which {@link dev.fineline.format.DecisionJson} writes. */
final class JsonOut {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonOut() {
    }

    /** A section of JSON written to a generator. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String object(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * An error: {@code {"status", "error", "problems": [{"line", "column", "path", "message", "text"}]}};
     * each problem's {@code text} is the line the command line prints for it.
     */
    static String error(int status, String error, List<FileProblem> problems) {
        return object(g -> {
            g.writeNumberField("status", status);
            g.writeStringField("error", error);
            g.writeArrayFieldStart("problems");
            for (FileProblem p : problems) {
                g.writeStartObject();
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeStringField("path", p.path());
                g.writeStringField("message", p.message());
                g.writeStringField("text", p.toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** Rule problems: {@code [{"file", "line", "message", "text"}]} under the given field. */
    static void ruleProblems(JsonGenerator g, String field, List<RuleProblem> problems) throws IOException {
        g.writeArrayFieldStart(field);
        for (RuleProblem p : problems) {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeStringField("message", p.message());
            g.writeStringField("text", p.toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String rules(String ruleBase, List<RuleInfo> rules) {
        return object(g -> {
            g.writeStringField("ruleBase", ruleBase);
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules) {
                g.writeStartObject();
                g.writeStringField("rule", r.name());
                g.writeStringField("guidance", r.guidance());
                g.writeStringField("verdict", r.verdict().name());
                g.writeStringField("theme", r.theme());
                g.writeStringField("origin", r.origin());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }
}
