package dev.fineline.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a situation is inconsistent; carries every problem found, not just the first. */
public final class InvalidSituationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidSituationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order of the situation's fields.
     *
     * @return every problem found
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "invalid situation: 1 problem" : "invalid situation: " + problems.size() + " problems";
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
