package dev.fineline.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fineline.content.Signal;
import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.Person;
import dev.fineline.model.Relationship;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationError;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Involved;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.Phrase;
import dev.fineline.rules.TextSignal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a decision as one line of JSON, in the documented shape:
 * {@code {"verdict", "noRuleApplied", "findings": [{"rule", "guidance", "verdict", "subject",
 * "explanation", "message": {"key", "arguments"}, "obligations", "involves": {"people", "accounts", ...},
 * "evidence": [signal]}],
 * "errors": [{"rule", "message"}], "ruleBase", "signals": [{"subject", signal...}]}}, with {@code "file"} and
 * {@code "focus"} first when given. {@code involves} lists only the types with ids: people, accounts,
 * contacts, posts, messages, requests, monitoring, relationships. A signal is {@code {"tag", "start", "end",
 * "evidence", "detector", "entry", "language", "names"}}: its evidence is redacted, never the text itself.
 * {@code message} is there when the rule emitted a phrase: its key and arguments, so that a caller can word
 * the finding in a language of its own; a person, account, contact or relationship argument is its id, a
 * constant its name, a list an array and a nested phrase an object of the same shape.
 */
public final class DecisionJson {

    private static final JsonFactory JSON = new JsonFactory();

    private DecisionJson() {
    }

    /**
     * Writes a decision.
     *
     * @param decision the decision
     * @return one line of JSON
     */
    public static String write(Decision decision) {
        return write(decision, null);
    }

    /**
     * Writes a decision with the file it judged, as the first field.
     *
     * @param decision the decision
     * @param file     the situation file, or null to leave it out
     * @return one line of JSON
     */
    public static String write(Decision decision, String file) {
        return write(decision, file, null);
    }

    /**
     * Writes a decision with the file it judged and the subject it was narrowed to, as the first fields.
     *
     * @param decision the decision
     * @param file     the situation file, or null to leave it out
     * @param focus    the subject the decision concerns, or null to leave it out
     * @return one line of JSON
     */
    public static String write(Decision decision, String file, String focus) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (file != null) {
                g.writeStringField("file", file);
            }
            if (focus != null) {
                g.writeStringField("focus", focus);
            }
            g.writeStringField("verdict", decision.verdict().name());
            g.writeBooleanField("noRuleApplied", decision.noRuleApplied());
            g.writeArrayFieldStart("findings");
            for (Finding f : decision.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("guidance", f.guidance());
                g.writeStringField("verdict", f.verdict().name());
                g.writeStringField("subject", f.subject());
                g.writeStringField("explanation", f.explanation());
                if (f.phrase() != null) {
                    g.writeFieldName("message");
                    phrase(g, f.phrase());
                }
                g.writeArrayFieldStart("obligations");
                for (Obligation o : f.obligations()) {
                    g.writeString(o.name());
                }
                g.writeEndArray();
                involves(g, f.involved());
                g.writeArrayFieldStart("evidence");
                for (Signal signal : f.evidence()) {
                    g.writeStartObject();
                    signal(g, signal);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (EvaluationError e : decision.errors()) {
                g.writeStartObject();
                g.writeStringField("rule", e.rule());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("ruleBase", decision.ruleBase());
            g.writeArrayFieldStart("signals");
            for (TextSignal read : decision.signals()) {
                g.writeStartObject();
                g.writeStringField("subject", read.subject());
                signal(g, read.signal());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void phrase(JsonGenerator g, Phrase phrase) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", phrase.key());
        g.writeObjectFieldStart("arguments");
        for (Map.Entry<String, Object> argument : phrase.arguments().entrySet()) {
            g.writeFieldName(argument.getKey());
            argument(g, argument.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void argument(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Phrase nested) {
            phrase(g, nested);
        } else if (value instanceof Person p) {
            g.writeString(p.id());
        } else if (value instanceof Account a) {
            g.writeString(a.id());
        } else if (value instanceof Contact c) {
            g.writeString(c.id());
        } else if (value instanceof Relationship r) {
            g.writeString(r.id());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                argument(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    private static void involves(JsonGenerator g, Involved involved) throws IOException {
        g.writeObjectFieldStart("involves");
        ids(g, "people", involved.people());
        ids(g, "accounts", involved.accounts());
        ids(g, "contacts", involved.contacts());
        ids(g, "posts", involved.posts());
        ids(g, "messages", involved.messages());
        ids(g, "requests", involved.requests());
        ids(g, "monitoring", involved.monitoring());
        ids(g, "relationships", involved.relationships());
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String field, java.util.Set<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    /**
     * Writes the signals read in one text as one line of JSON:
     * {@code {"source", "signals": [{"tag", "start", "end", "evidence", "detector", "entry", "language",
     * "names", "description"}]}}.
     *
     * @param source  where the text came from: a file name, or {@code argument N}
     * @param signals the signals, in text order
     * @return one line of JSON
     */
    public static String writeSignals(String source, List<Signal> signals) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeArrayFieldStart("signals");
            for (Signal signal : signals) {
                g.writeStartObject();
                signal(g, signal);
                g.writeStringField("description", signal.describe());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void signal(JsonGenerator g, Signal signal) throws IOException {
        g.writeStringField("tag", signal.tag() == null ? null : signal.tag().name());
        g.writeNumberField("start", signal.start());
        g.writeNumberField("end", signal.end());
        g.writeStringField("evidence", signal.evidence());
        g.writeStringField("detector", signal.detector());
        g.writeStringField("entry", signal.entry());
        g.writeStringField("language", signal.language());
        g.writeStringField("names", signal.subjectId());
    }
}
