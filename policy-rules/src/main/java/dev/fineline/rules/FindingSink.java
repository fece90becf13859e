package dev.fineline.rules;

import dev.fineline.model.Verdict;

/**
 * How a rule reports what it found: every rule file declares {@code global FindingSink findings;}
 * and its consequences call {@link #emit}. The sink knows which rule is firing, takes the rule's
 * name and its {@code @guidance} metadata from it, applies the organisation's rule settings, and takes the
 * finding's {@link Involved involved ids} from the facts the rule matched, so a consequence says only what
 * it found.
 *
 * <pre>{@code
 * rule "HoursRestrictionOnNonStaff" @guidance("HOURS-2")
 * when
 *     $r : EmployerRequest(kind == RequestKind.RESTRICT_WORK_HOURS_USE, $to : to)
 *     $p : Person(id memberOf $to, salariedStaff == false)
 * then
 *     findings.emit(Verdict.FORBIDDEN, $r.id(), $p.label() + " was asked to stay off personal social media during work hours");
 * end
 * }</pre>
 *
 * <p>A rule may emit a plain sentence, or a {@link Phrase}: a message key with named arguments that the
 * engine renders in the language the caller asked for. The built-in rules emit phrases.
 */
public interface FindingSink {

    /**
     * Reports a finding of the firing rule.
     *
     * @param verdict     the rule's verdict, before the organisation's settings
     * @param subject     the id of what was judged
     * @param explanation why, naming the concrete facts
     * @param obligations what must happen next
     */
    void emit(Verdict verdict, String subject, String explanation, Obligation... obligations);

    /**
     * Reports a finding whose verdict may never exceed a ceiling, not even when the organisation's
     * settings raise it: for legal protections such as protected concerted activity.
     *
     * @param verdict     the rule's verdict, before the organisation's settings
     * @param ceiling     the most severe verdict the finding may have
     * @param subject     the id of what was judged
     * @param explanation why, naming the concrete facts
     * @param obligations what must happen next
     */
    void emitAtMost(Verdict verdict, Verdict ceiling, String subject, String explanation, Obligation... obligations);

    /**
     * Reports a finding of the firing rule whose explanation is a phrase of the message catalogue,
     * rendered in the language of the call.
     *
     * @param verdict     the rule's verdict, before the organisation's settings
     * @param subject     the id of what was judged
     * @param explanation why: a message key with the facts as named arguments
     * @param obligations what must happen next
     */
    void emit(Verdict verdict, String subject, Phrase explanation, Obligation... obligations);

    /**
     * Reports a finding with a verdict ceiling whose explanation is a phrase of the message catalogue.
     *
     * @param verdict     the rule's verdict, before the organisation's settings
     * @param ceiling     the most severe verdict the finding may have
     * @param subject     the id of what was judged
     * @param explanation why: a message key with the facts as named arguments
     * @param obligations what must happen next
     */
    void emitAtMost(Verdict verdict, Verdict ceiling, String subject, Phrase explanation, Obligation... obligations);

    /**
     * The findings emitted so far about a subject, by any rule, in the order they were made. A rule
     * that judges other rules' findings (the built-in POST-14 does, for deleted posts) gives itself a
     * negative {@code salience} so that it fires after them.
     *
     * @param subject the id of a post, account, request, person or {@code organization}
     * @return the findings, possibly none
     */
    java.util.List<Finding> about(String subject);
}
