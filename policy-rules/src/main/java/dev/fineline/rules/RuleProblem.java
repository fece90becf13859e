package dev.fineline.rules;

import java.util.Objects;

/**
 * One problem in a rule file.
 *
 * @param file    the file, as it was given, or the built-in resource name
 * @param line    the 1-based line, or 0 when the problem has no line
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {

    /** Validates. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
