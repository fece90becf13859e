package dev.fineline.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rule files cannot be loaded or do not compile. The engine refuses the whole rule set:
 * it never loads part of it. Carries every problem found, each with its file and line.
 */
public final class InvalidRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidRulesException(List<RuleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in file order.
     *
     * @return every problem found
     */
    public List<RuleProblem> problems() {
        return problems;
    }

    private static String describe(List<RuleProblem> problems) {
        String head = "rules refused: " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        return problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
