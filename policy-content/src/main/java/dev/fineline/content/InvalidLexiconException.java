package dev.fineline.content;

import java.util.List;

/**
 * A lexicon file that cannot be used: unreadable, or with lines that do not follow the lexicon format.
 * The message lists every problem, each as {@code file:line: what is wrong "offending value"}.
 */
public final class InvalidLexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem of the file, at least one
     */
    public InvalidLexiconException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in file order.
     *
     * @return the problems, each with file and line
     */
    public List<String> problems() {
        return problems;
    }
}
