package dev.fineline.rules;

import dev.fineline.model.Situation;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision as a {@link DecisionListener} hears it.
 *
 * @param id        a new random id for this decision (a UUID)
 * @param time      when the decision was made (wall clock), not the situation's own moment
 * @param ruleBase  the id of the rule base that decided, as {@link PolicyEngine#ruleBaseId()}
 * @param inputHash {@code sha256:} and the hex SHA-256 of a canonical text of the situation that names
 *                  every record field and value; equal situations hash alike, so a log can name its input without
 *                  holding it
 * @param situation the situation judged; a log must not write its texts or names unless asked to
 * @param decision  the decision
 */
public record DecisionEvent(String id, Instant time, String ruleBase, String inputHash, Situation situation,
        Decision decision) {

    /** Validates. */
    public DecisionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ruleBase, "ruleBase");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decision, "decision");
    }
}
