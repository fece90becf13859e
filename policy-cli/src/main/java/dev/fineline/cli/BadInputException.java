package dev.fineline.cli;

/** Bad input found by a command; its message is shown to the user as it is, with exit code 2. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
