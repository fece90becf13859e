package dev.fineline.format;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a situation or scenario file cannot be read; carries every problem found in it, in file
 * order. The message is the problems, one per line, as {@code file:line:column: path: message}.
 */
public final class InvalidFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Problems about the whole file (line 0) first, then by line and column; ties keep their order. */
    private static final Comparator<FileProblem> FILE_ORDER =
            Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column);

    private final transient List<FileProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidFileException(List<FileProblem> problems) {
        super(inFileOrder(problems).stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = inFileOrder(problems);
    }

    private static List<FileProblem> inFileOrder(List<FileProblem> problems) {
        return problems.stream().sorted(FILE_ORDER).toList();
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
