package dev.fineline.server;

import dev.fineline.format.FileProblem;
import java.util.List;

/** A request refused with a 4xx status, a reason for the metrics and the problems to report. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String reason;
    final transient List<FileProblem> problems;

    Refusal(int status, String reason, String message) {
        this(status, reason, message, List.of());
    }

    Refusal(int status, String reason, String message, List<FileProblem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }
}
