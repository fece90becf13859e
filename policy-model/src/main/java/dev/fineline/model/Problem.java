package dev.fineline.model;

/**
 * One thing wrong with a situation, located by its field path.
 *
 * @param path    where, such as {@code posts[2].author}
 * @param message what is wrong, quoting the offending value
 */
public record Problem(String path, String message) {

    /** Validates. */
    public Problem {
        Checks.required("path", path);
        Checks.required("message", message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
