package dev.fineline.rules;

import dev.fineline.model.Situation;
import java.time.Instant;

/**
 * One organisation kept resident: its situation is held in a long-lived rule session, and each
 * {@link Change} updates only the records it touches, so judging a new post costs the post, not the
 * organisation. Every change returns the {@link Delta} of findings it made appear or go away; the
 * {@link #decision()} is there whenever it is wanted. Open one with {@link PolicyEngine#openSession}.
 *
 * <pre>{@code
 * try (OrgSession org = engine.openSession(situation)) {
 *     Delta delta = org.apply(Change.postDrafted(draft));
 *     delta.appeared().forEach(f -> System.out.println(f.guidance() + ": " + f.explanation()));
 *     org.advanceTo(Instant.now());          // deadlines that passed meanwhile become findings
 * }
 * }</pre>
 *
 * <p>The findings after any sequence of changes are those {@link PolicyEngine#evaluate} gives for the
 * {@link #situation()} they lead to, with the options the session was opened with: the text of posts and
 * messages read (unless switched off), the evidence told, in the language asked for. The session keeps the rule base it was opened with; open a new one
 * after {@link PolicyEngine#reload()}. In the session the {@code Situation} fact carries the moment and the
 * organisation only, not the lists of records: a rule reads records by matching them.
 *
 * <p>Not thread-safe: one thread at a time, or the caller's lock. A change that fails inside the rules
 * (a rule throws, the rules loop past the engine's bounds, the JVM runs out of memory) closes the session:
 * the failing call throws, and every later call throws {@link IllegalStateException} saying why; no
 * half-applied change is ever visible. A change refused for its content (an unknown id, a taken one)
 * throws {@link IllegalArgumentException} and leaves the session as it was.
 */
public sealed interface OrgSession extends AutoCloseable permits ResidentSession {

    /**
     * Applies a change and judges what it touches.
     *
     * @param change the change, not null
     * @return the findings it made appear and go away
     * @throws IllegalArgumentException quoting an id the change names that the session does not hold, or
     *                                  one it adds that is taken; the session is unchanged
     * @throws IllegalStateException    when the session is closed, or closes because the change failed
     */
    Delta apply(Change change);

    /**
     * Moves the clock, the moment of judgement, forward: deadlines that pass (CONN-2's disconnection
     * deadline, CORP-2's password rotation) become findings, and explanations that count days count anew.
     *
     * @param moment the new moment, not before {@link #at()}
     * @return the findings the move made appear and go away
     * @throws IllegalArgumentException quoting a moment before the session's clock
     * @throws IllegalStateException    when the session is closed, or closes because the rules failed
     */
    Delta advanceTo(Instant moment);

    /**
     * The session's clock: the moment of judgement.
     *
     * @return the moment
     * @throws IllegalStateException when the session is closed
     */
    Instant at();

    /**
     * The decision for the organisation as it stands: every finding, in {@link Decision}'s order. Costs a
     * sort of all findings.
     *
     * @return the decision
     * @throws IllegalStateException when the session is closed
     */
    Decision decision();

    /**
     * The organisation as it stands, as a situation that {@link PolicyEngine#evaluate} judges the same way.
     * Costs a copy of every record.
     *
     * @return the situation at {@link #at()}
     * @throws IllegalStateException when the session is closed
     */
    Situation situation();

    /**
     * Frees the rule session. Closing twice does nothing.
     */
    @Override
    void close();
}
