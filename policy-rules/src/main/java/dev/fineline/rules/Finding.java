package dev.fineline.rules;

import dev.fineline.content.Signal;

import dev.fineline.model.Verdict;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One rule's judgement of one subject.
 *
 * @param rule        the rule's name, a stable identifier such as {@code HoursRestrictionOnNonStaff}
 * @param guidance    the guidance id the rule encodes, such as {@code HOURS-2}
 * @param verdict     the verdict, after the organisation's rule settings
 * @param subject     the id of what was judged: a post, account, request, person or {@code organization}
 * @param explanation why, in words that name the concrete facts
 * @param obligations what must happen next, in declaration order
 * @param involved    the ids the finding involves, by type; see {@link Involved}
 * @param evidence    what the content analysis read in the subject's text that the finding rests on, in
 *                    text order; empty when the finding rests on the caller's tags or on no text
 * @param phrase      the message key and arguments the explanation was rendered from; null when the rule
 *                    emitted a plain sentence (custom rules may)
 */
public record Finding(String rule, String guidance, Verdict verdict, String subject, String explanation,
        List<Obligation> obligations, Involved involved, List<Signal> evidence, Phrase phrase) {

    /** Validates and orders the obligations. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(explanation, "explanation");
        obligations = ordered(obligations);
        involved = involved == null ? Involved.NONE : involved;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * A finding that rests on no text.
     *
     * @param rule        the rule's name
     * @param guidance    the guidance id
     * @param verdict     the verdict
     * @param subject     the id of what was judged
     * @param explanation why
     * @param obligations what must happen next
     * @param involved    the ids it involves
     */
    public Finding(String rule, String guidance, Verdict verdict, String subject, String explanation,
            List<Obligation> obligations, Involved involved) {
        this(rule, guidance, verdict, subject, explanation, obligations, involved, List.of(), null);
    }

    /**
     * A finding with a plain-sentence explanation and the evidence it rests on.
     *
     * @param rule        the rule's name
     * @param guidance    the guidance id
     * @param verdict     the verdict
     * @param subject     the id of what was judged
     * @param explanation why
     * @param obligations what must happen next
     * @param involved    the ids it involves
     * @param evidence    what was read in the text
     */
    public Finding(String rule, String guidance, Verdict verdict, String subject, String explanation,
            List<Obligation> obligations, Involved involved, List<Signal> evidence) {
        this(rule, guidance, verdict, subject, explanation, obligations, involved, evidence, null);
    }

    /**
     * This finding with the evidence it rests on, and the evidence told in its explanation.
     *
     * @param read        the signals it rests on
     * @param explanation the explanation that tells them
     * @return a copy
     */
    Finding withEvidence(List<Signal> read, String explanation) {
        return new Finding(rule, guidance, verdict, subject, explanation, obligations, involved, read, phrase);
    }

    /**
     * A finding that involves nothing beyond its subject's text: the form before involved ids existed.
     *
     * @param rule        the rule's name
     * @param guidance    the guidance id
     * @param verdict     the verdict
     * @param subject     the id of what was judged
     * @param explanation why
     * @param obligations what must happen next
     */
    public Finding(String rule, String guidance, Verdict verdict, String subject, String explanation,
            List<Obligation> obligations) {
        this(rule, guidance, verdict, subject, explanation, obligations, Involved.NONE);
    }

    /**
     * Tells whether the finding involves an id, of any type.
     *
     * @param id a person, account, contact, post, message, request, monitoring or relationship id
     * @return true when its subject is the id or the id is among its involved ids
     */
    public boolean involves(String id) {
        return subject.equals(id) || involved.contains(id);
    }

    private static List<Obligation> ordered(Collection<Obligation> obligations) {
        if (obligations == null || obligations.isEmpty()) {
            return List.of();
        }
        if (obligations.size() == 1) {
            return List.of(obligations.iterator().next());
        }
        return List.copyOf(EnumSet.copyOf(obligations));
    }

    /**
     * Tells whether another finding says the same: everything but the phrase. The phrase is where the
     * explanation came from; its arguments are the facts as they were (a person, an account), which can
     * differ in fields the sentence does not word, and such a change must not make a finding new.
     *
     * @param other any object
     * @return true for a finding with the same rule, verdict, subject, explanation, obligations, ids and evidence
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && f.rule.equals(rule) && f.guidance.equals(guidance) && f.verdict == verdict
                && f.subject.equals(subject) && f.explanation.equals(explanation) && f.obligations.equals(obligations)
                && f.involved.equals(involved) && f.evidence.equals(evidence);
    }

    /**
     * A hash of what {@link #equals} compares.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rule, guidance, verdict, subject, explanation, obligations, involved, evidence);
    }

    @Override
    public String toString() {
        String tail = obligations.isEmpty() ? "" : " " + obligations;
        return verdict + " " + guidance + " " + rule + " [" + subject + "]: " + explanation + tail;
    }
}
