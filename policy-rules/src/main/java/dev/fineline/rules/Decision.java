package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The judgement of one situation: the verdict, the findings behind it in a deterministic order, the
 * errors met while judging, and the id of the rule base in force.
 *
 * <p>The verdict is the most severe of the findings' verdicts; with no finding it is {@code ALLOWED}
 * and {@link #noRuleApplied()} says so; with errors it is at least {@code WARN}.
 *
 * @param verdict  the overall verdict
 * @param findings the findings, most severe first, then by guidance id, rule and subject
 * @param errors   what went wrong while judging; empty when all went well
 * @param ruleBase the content hash of the rules in force
 * @param signals  what the content analysis read in the text of posts and messages, by subject in
 *                 situation order and then in text order; empty when no text was read
 */
public record Decision(Verdict verdict, List<Finding> findings, List<EvaluationError> errors, String ruleBase,
        List<TextSignal> signals) {

    /** The order findings are reported in. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::verdict).reversed()
            .thenComparing(Finding::guidance, Decision::compareGuidance)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::explanation);

    /** Validates and copies. */
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        Objects.requireNonNull(ruleBase, "ruleBase");
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /**
     * A decision on a situation whose text was not read.
     *
     * @param verdict  the overall verdict
     * @param findings the findings, most severe first, then by guidance id, rule and subject
     * @param errors   what went wrong while judging
     * @param ruleBase the content hash of the rules in force
     */
    public Decision(Verdict verdict, List<Finding> findings, List<EvaluationError> errors, String ruleBase) {
        this(verdict, findings, errors, ruleBase, List.of());
    }

    /**
     * Builds a decision from findings and errors, working out the verdict and the order.
     *
     * @param findings the findings, in any order
     * @param errors   the errors
     * @param ruleBase the rule base id
     * @param failClosed whether errors make the decision {@code FORBIDDEN} rather than {@code WARN}
     * @return the decision
     */
    static Decision of(List<Finding> findings, List<EvaluationError> errors, String ruleBase, boolean failClosed) {
        return of(findings, errors, ruleBase, failClosed, List.of());
    }

    /**
     * Builds a decision from findings, errors and what was read in the text, working out the verdict and the order.
     *
     * @param findings   the findings, in any order
     * @param errors     the errors
     * @param ruleBase   the rule base id
     * @param failClosed whether errors make the decision {@code FORBIDDEN} rather than {@code WARN}
     * @param signals    the signals read in the text of posts and messages
     * @return the decision
     */
    static Decision of(List<Finding> findings, List<EvaluationError> errors, String ruleBase, boolean failClosed,
            List<TextSignal> signals) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Verdict verdict = Verdict.ALLOWED;
        for (Finding finding : sorted) {
            verdict = verdict.max(finding.verdict());
        }
        if (!errors.isEmpty()) {
            verdict = verdict.max(failClosed ? Verdict.FORBIDDEN : Verdict.WARN);
        }
        return new Decision(verdict, sorted, errors, ruleBase, signals);
    }

    /**
     * What the content analysis read in the text of one post or message.
     *
     * @param subject a post or message id
     * @return its signals, in text order
     */
    public List<TextSignal> signalsFor(String subject) {
        return signals.stream().filter(s -> s.subject().equals(subject)).toList();
    }

    /**
     * Tells whether no rule applied: no finding was made and nothing went wrong.
     *
     * @return true when the situation met no rule
     */
    public boolean noRuleApplied() {
        return findings.isEmpty() && errors.isEmpty();
    }

    /**
     * The guidance ids behind the findings, in finding order, each once.
     *
     * @return guidance ids
     */
    public Set<String> guidance() {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.guidance()));
        return ids;
    }

    /**
     * The names of the rules that made findings, in finding order, each once: the reasons for the verdict.
     *
     * @return rule names
     */
    public Set<String> reasons() {
        Set<String> names = new LinkedHashSet<>();
        findings.forEach(f -> names.add(f.rule()));
        return names;
    }

    /**
     * Every obligation of every finding.
     *
     * @return the obligations, in declaration order
     */
    public Set<Obligation> obligations() {
        EnumSet<Obligation> all = EnumSet.noneOf(Obligation.class);
        findings.forEach(f -> all.addAll(f.obligations()));
        return all;
    }

    /**
     * The findings about one subject.
     *
     * @param subject a post, account, request or person id
     * @return its findings, in decision order
     */
    public List<Finding> findingsFor(String subject) {
        return findings.stream().filter(f -> f.subject().equals(subject)).toList();
    }

    /**
     * The findings that involve an id, whatever its type: a person, account, contact, post, message,
     * request, monitoring or relationship. See {@link Involved} for what a finding involves.
     *
     * @param id the id
     * @return its findings, in decision order
     */
    public List<Finding> involving(String id) {
        return findings.stream().filter(f -> f.involves(id)).toList();
    }

    /**
     * This decision narrowed to the findings that concern one subject (see {@link Focus}): the verdict
     * is worked out again from them; errors are kept, since they may concern any subject.
     *
     * @param focus      the subject
     * @param failClosed whether errors make the decision {@code FORBIDDEN}
     * @return the narrowed decision
     */
    Decision narrowedTo(Focus focus, boolean failClosed) {
        return of(involving(focus.subject()), errors, ruleBase, failClosed);
    }

    /**
     * A readable account of the decision: the verdict, then one line per finding and error.
     *
     * @return several lines of text, in English
     */
    public String describe() {
        return describe(Messages.ENGLISH);
    }

    /**
     * A readable account of the decision in a language: the verdict, then one line per finding with its
     * explanation and the obligations' labels, and one per error. The explanations are the ones the
     * decision was made with: ask {@link EvaluationOptions.Builder#locale} for the same language.
     *
     * @param locale English or Norwegian bokmål
     * @return several lines of text
     * @throws IllegalArgumentException quoting a language without texts
     */
    public String describe(java.util.Locale locale) {
        java.util.Locale language = Messages.supported(locale);
        String verdictWord = Messages.word(language, verdict);
        if (noRuleApplied()) {
            return Messages.text(language, "decision.noRuleApplied", "verdict", verdictWord);
        }
        StringBuilder text = new StringBuilder(verdictWord);
        for (Finding f : findings) {
            text.append("\n  ").append(Messages.word(language, f.verdict())).append(' ')
                    .append(f.guidance()).append(' ').append(f.rule())
                    .append(" [").append(f.subject()).append("]\n    ").append(f.explanation());
            if (!f.obligations().isEmpty()) {
                List<String> labels = new ArrayList<>();
                for (Obligation o : f.obligations()) {
                    labels.add(Messages.text(language, "decision.obligation", "label", o.label(language), "code", o.name()));
                }
                text.append("\n    ").append(Messages.text(language, "decision.obligations", "list", String.join("; ", labels)));
            }
        }
        for (EvaluationError e : errors) {
            text.append("\n  ").append(Messages.text(language, "decision.error", "error", e.toString()));
        }
        return text.toString();
    }

    /** Orders ids such as {@code POST-2} before {@code POST-10}: by prefix, then by number. */
    static int compareGuidance(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        if (da > 0 && db > 0 && a.regionMatches(0, b, 0, Math.max(da, db)) && da == db) {
            try {
                return Long.compare(Long.parseLong(a.substring(da + 1)), Long.parseLong(b.substring(db + 1)));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }
}
