package dev.fineline.format;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a situation or scenario file cannot be read; carries every problem found in it. */
public final class InvalidFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidFileException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in file order.
     *
     * @return every problem found
     */
    public List<FileProblem> problems() {
        return problems;
    }
}
