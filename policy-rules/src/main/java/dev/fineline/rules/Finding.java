package dev.fineline.rules;

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
 */
public record Finding(String rule, String guidance, Verdict verdict, String subject, String explanation,
        List<Obligation> obligations, Involved involved) {

    /** Validates and orders the obligations. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(explanation, "explanation");
        obligations = ordered(obligations);
        involved = involved == null ? Involved.NONE : involved;
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

    @Override
    public String toString() {
        String tail = obligations.isEmpty() ? "" : " " + obligations;
        return verdict + " " + guidance + " " + rule + " [" + subject + "]: " + explanation + tail;
    }
}
