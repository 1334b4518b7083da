package dev.barista.aws.protocol;

/**
 * A request body that is not the JSON an operation accepts. The message describes the problem in the words of
 * Jackson, the parser AWS's own front ends use, with its line and column.
 */
public final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
