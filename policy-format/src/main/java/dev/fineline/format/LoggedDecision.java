package dev.fineline.format;

import dev.fineline.model.Verdict;
import dev.fineline.rules.Obligation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a decision log: what was decided, when, under which rules and about which input, without
 * the input's texts, names or evidence unless the log was asked to keep them.
 *
 * @param id          the decision's id
 * @param time        when it was decided
 * @param ruleBase    the id of the rule base that decided
 * @param inputHash   {@code sha256:} and the hex SHA-256 of the input: the request body for the server,
 *                    a canonical text of the situation for a library listener
 * @param at          the moment the situation was judged at (its {@code at})
 * @param focus       what the decision was asked about, or null when it judged the whole situation
 * @param caller      who asked, when known (the server's token name), else null
 * @param verdict     the decision's verdict
 * @param findings    each finding's rule, guidance id, verdict, subject and obligations
 * @param errors      the rules that failed while judging (empty for a clean decision)
 * @param input       the situation as JSON text, only when the log was asked to keep inputs, else null
 */
public record LoggedDecision(String id, Instant time, String ruleBase, String inputHash, Instant at, String focus,
        String caller, Verdict verdict, List<LoggedFinding> findings, List<String> errors, String input) {

    /** Validates. */
    public LoggedDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ruleBase, "ruleBase");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /**
     * One finding as logged.
     *
     * @param rule        the rule's name
     * @param guidance    the guidance id
     * @param verdict     the finding's verdict
     * @param subject     the id of the record it is about
     * @param obligations what must be done
     * @param explanation the explanation, only when the log was asked to keep texts, else null
     */
    public record LoggedFinding(String rule, String guidance, Verdict verdict, String subject,
            List<Obligation> obligations, String explanation) {

        /** Validates. */
        public LoggedFinding {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(guidance, "guidance");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(subject, "subject");
            obligations = List.copyOf(obligations);
        }

        /**
         * The finding without its explanation, for comparing decisions.
         *
         * @return rule, guidance, verdict, subject and obligations as one line
         */
        public String key() {
            String tail = obligations.isEmpty() ? "" : " " + obligations;
            return verdict + " " + guidance + " " + rule + " [" + subject + "]" + tail;
        }
    }
}
