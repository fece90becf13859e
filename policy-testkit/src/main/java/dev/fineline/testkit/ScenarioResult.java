package dev.fineline.testkit;

import dev.fineline.rules.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one scenario.
 *
 * @param name        the scenario's name, or the file's name when the file could not be read
 * @param file        the file it came from
 * @param line        the line it starts on, or 0
 * @param status      passed, failed or error
 * @param differences what the decision showed that the scenario did not expect, one line each (failed only)
 * @param error       why the scenario could not be judged (error only), else empty
 * @param decision    the decision, or null when there is none
 */
public record ScenarioResult(String name, String file, int line, Status status, List<String> differences, String error,
        Decision decision) {

    /** How a scenario ended. */
    public enum Status {
        /** The decision showed everything expected. */
        PASSED,
        /** The decision differed from what was expected. */
        FAILED,
        /** The scenario could not be judged: a bad file or a bad request. */
        ERROR
    }

    /** Validates and copies. */
    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        differences = List.copyOf(differences);
        Objects.requireNonNull(error, "error");
    }
}
