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
    private final int omitted;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidFileException(List<FileProblem> problems) {
        this(problems, 0);
    }

    /**
     * Creates the exception for a file with more problems than are worth printing.
     *
     * @param problems the problems kept; at least one
     * @param omitted  how many more problems were found and left out; 0 or more
     */
    public InvalidFileException(List<FileProblem> problems, int omitted) {
        super(message(inFileOrder(problems), omitted));
        this.problems = inFileOrder(problems);
        this.omitted = Math.max(0, omitted);
    }

    private static String message(List<FileProblem> problems, int omitted) {
        String text = problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
        if (omitted > 0 && !problems.isEmpty()) {
            text += "\n" + problems.get(0).file() + ": " + omitted + " more " + (omitted == 1 ? "problem" : "problems")
                    + " not shown";
        }
        return text;
    }

    /**
     * How many problems were found beyond those kept (a file reports at most 100).
     *
     * @return 0 when every problem found is in {@link #problems()}
     */
    public int omitted() {
        return omitted;
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
