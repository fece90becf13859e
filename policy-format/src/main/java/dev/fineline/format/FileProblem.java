package dev.fineline.format;

import java.util.Objects;

/**
 * One problem in a file, located by line, column and field path.
 *
 * @param file    the file as it was named
 * @param line    the 1-based line, or 0 when unknown
 * @param column  the 1-based column, or 0 when unknown
 * @param path    the field path, such as {@code posts[0].status}, or empty for the whole file
 * @param message what is wrong and what was expected, quoting the offending value
 */
public record FileProblem(String file, int line, int column, String path, String message) {

    /**
     * Validates.
     *
     * @param file    the file as it was named
     * @param line    the 1-based line, or 0 when unknown
     * @param column  the 1-based column, or 0 when unknown
     * @param path    the field path, or empty for the whole file
     * @param message what is wrong and what was expected
     */
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem as a compiler would print it: {@code file:line:column: path: message}, leaving out
     * the line and column when unknown and the path when the problem is about the whole file.
     *
     * @return the problem on one line
     */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
