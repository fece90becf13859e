package dev.fineline.rules;

import java.util.Objects;

/**
 * Something that went wrong while judging a situation, such as a rule that threw. A decision with
 * errors is never {@code ALLOWED}.
 *
 * @param rule    the rule involved, or an empty string when none was
 * @param message what happened, in lower case
 */
public record EvaluationError(String rule, String message) {

    /** Validates. */
    public EvaluationError {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return rule.isEmpty() ? message : "rule " + rule + ": " + message;
    }
}
