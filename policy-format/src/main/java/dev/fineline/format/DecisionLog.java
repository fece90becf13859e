package dev.fineline.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.DecisionEvent;
import dev.fineline.rules.DecisionListener;
import dev.fineline.rules.EvaluationError;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Obligation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision log: one JSON line per decision, for auditors ("what did the engine decide about this
 * post on 12 November, under which rules, and why") and for replaying decisions against changed rules.
 *
 * <p>A line holds the decision id, the time, the rule base id, the SHA-256 of the input, the situation's
 * moment, the focus and the caller when there are any, the verdict, each finding's rule, guidance id,
 * verdict, subject id and obligations, and the rules that failed. Texts, names and evidence (finding
 * explanations, the input itself) are written only when asked for: see the {@code explanations} argument of {@link #toLogger(boolean)} and the
 * server's option to keep inputs.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().listener(DecisionLog.toLogger(false)).build();
 * }</pre>
 *
 * writes every decision at INFO to the SLF4J logger {@value #LOGGER}, which an application routes to a
 * file, a log shipper or nowhere, as it likes.
 */
public final class DecisionLog {

    /** The name of the SLF4J logger the log is written to. */
    public static final String LOGGER = "fineline.decisions";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final JsonFactory JSON = new JsonFactory();

    private DecisionLog() {
    }

    /**
     * A listener that writes each decision as one line at INFO to the logger {@value #LOGGER}.
     *
     * @param explanations true to write each finding's explanation too (it quotes names and texts)
     * @return the listener, for {@code PolicyEngine.Builder.listener}
     */
    public static DecisionListener toLogger(boolean explanations) {
        return to(LOG::info, explanations);
    }

    /**
     * A listener that hands each decision's line to a sink: a file writer, a queue, a test's list.
     *
     * @param sink         takes each line, without a line break; called from the deciding threads at once
     * @param explanations true to write each finding's explanation too
     * @return the listener
     */
    public static DecisionListener to(Consumer<String> sink, boolean explanations) {
        return event -> sink.accept(write(of(event, null, explanations, null)));
    }

    /**
     * The log entry of a decision an engine's listener heard.
     *
     * @param event        the event
     * @param caller       who asked, or null
     * @param explanations true to keep the explanations
     * @param input        the input as JSON text to keep, or null to keep none
     * @return the entry
     */
    public static LoggedDecision of(DecisionEvent event, String caller, boolean explanations, String input) {
        return of(event.id(), event.time(), event.inputHash(), event.situation().at(), caller, event.decision(), explanations,
                input);
    }

    /**
     * The log entry of a decision.
     *
     * @param id           the decision's id
     * @param time         when it was decided
     * @param inputHash    the input's hash, {@code sha256:} and hex
     * @param at           the situation's moment
     * @param caller       who asked, or null
     * @param decision     the decision
     * @param explanations true to keep the explanations
     * @param input        the input as JSON text to keep, or null to keep none
     * @return the entry
     */
    public static LoggedDecision of(String id, Instant time, String inputHash, Instant at, String caller, Decision decision,
            boolean explanations, String input) {
        List<LoggedDecision.LoggedFinding> findings = new ArrayList<>(decision.findings().size());
        for (Finding f : decision.findings()) {
            findings.add(new LoggedDecision.LoggedFinding(f.rule(), f.guidance(), f.verdict(), f.subject(), f.obligations(),
                    explanations ? f.explanation() : null));
        }
        List<String> errors = decision.errors().stream().map(EvaluationError::rule).toList();
        return new LoggedDecision(id, time, decision.ruleBase(), inputHash, at, null, caller, decision.verdict(), findings,
                errors, input);
    }

    /**
     * Writes an entry as one line of JSON.
     *
     * @param entry the entry
     * @return the line, without a line break
     */
    public static String write(LoggedDecision entry) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", entry.id());
            g.writeStringField("time", entry.time().toString());
            g.writeStringField("ruleBase", entry.ruleBase());
            g.writeStringField("inputHash", entry.inputHash());
            if (entry.at() != null) {
                g.writeStringField("at", entry.at().toString());
            }
            if (entry.focus() != null) {
                g.writeStringField("focus", entry.focus());
            }
            if (entry.caller() != null) {
                g.writeStringField("caller", entry.caller());
            }
            g.writeStringField("verdict", entry.verdict().name());
            g.writeArrayFieldStart("findings");
            for (LoggedDecision.LoggedFinding f : entry.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("guidance", f.guidance());
                g.writeStringField("verdict", f.verdict().name());
                g.writeStringField("subject", f.subject());
                g.writeArrayFieldStart("obligations");
                for (Obligation o : f.obligations()) {
                    g.writeString(o.name());
                }
                g.writeEndArray();
                if (f.explanation() != null) {
                    g.writeStringField("explanation", f.explanation());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (String rule : entry.errors()) {
                g.writeString(rule);
            }
            g.writeEndArray();
            if (entry.input() != null) {
                g.writeStringField("input", entry.input());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads one line of a decision log.
     *
     * @param line     the line
     * @param fileName the log's name, for problems
     * @param lineNo   the line's number, for problems
     * @return the entry
     * @throws InvalidFileException when the line is not a log entry, located
     */
    public static LoggedDecision read(String line, String fileName, int lineNo) {
        Node root;
        try {
            root = TreeReader.read(line, fileName + ".json");
        } catch (InvalidFileException e) {
            FileProblem p = e.problems().get(0);
            throw problem(fileName, lineNo, p.column(), "", p.message());
        }
        if (!(root instanceof Node.Obj obj)) {
            throw problem(fileName, lineNo, 1, "", "expected a decision log entry, one JSON object per line");
        }
        Map<String, Node> f = obj.fields();
        try {
            List<LoggedDecision.LoggedFinding> findings = new ArrayList<>();
            Node list = f.get("findings");
            if (list instanceof Node.Arr arr) {
                for (Node item : arr.items()) {
                    if (!(item instanceof Node.Obj fo)) {
                        throw problem(fileName, lineNo, item.column(), "findings", "expected an object, was " + item.kind());
                    }
                    Map<String, Node> ff = fo.fields();
                    List<Obligation> obligations = new ArrayList<>();
                    for (String o : texts(ff.get("obligations"))) {
                        obligations.add(value(Obligation.class, o, "findings.obligations", fileName, lineNo));
                    }
                    findings.add(new LoggedDecision.LoggedFinding(required(ff, "rule"), required(ff, "guidance"),
                            value(Verdict.class, required(ff, "verdict"), "findings.verdict", fileName, lineNo),
                            required(ff, "subject"), obligations, text(ff.get("explanation"))));
                }
            }
            String at = text(f.get("at"));
            return new LoggedDecision(required(f, "id"), instant(required(f, "time"), "time", fileName, lineNo),
                    required(f, "ruleBase"), required(f, "inputHash"),
                    at == null ? null : instant(at, "at", fileName, lineNo), text(f.get("focus")), text(f.get("caller")),
                    value(Verdict.class, required(f, "verdict"), "verdict", fileName, lineNo), findings,
                    texts(f.get("errors")), text(f.get("input")));
        } catch (MissingField e) {
            throw problem(fileName, lineNo, 1, e.getMessage(), "is required");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String path, String fileName, int lineNo) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw problem(fileName, lineNo, 1, path, "unknown value \"" + text + "\"");
        }
    }

    private static Instant instant(String text, String path, String fileName, int lineNo) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(fileName, lineNo, 1, path, "expected an ISO instant such as 2026-11-12T10:15:00Z, was \"" + text + "\"");
        }
    }

    private static InvalidFileException problem(String file, int line, int column, String path, String message) {
        return new InvalidFileException(List.of(new FileProblem(file, line, column, path, message)));
    }

    /** A required field that is missing; its message is the field's name. */
    private static final class MissingField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingField(String field) {
            super(field, null, false, false);
        }
    }

    private static String required(Map<String, Node> fields, String name) {
        String value = text(fields.get(name));
        if (value == null) {
            throw new MissingField(name);
        }
        return value;
    }

    private static String text(Node node) {
        return node instanceof Node.Scalar s ? s.text() : null;
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Node.Arr arr) {
            for (Node item : arr.items()) {
                String t = text(item);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
