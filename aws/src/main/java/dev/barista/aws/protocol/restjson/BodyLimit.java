package dev.barista.aws.protocol.restjson;

/**
 * The largest request body an operation accepts, checked before anything is decoded.
 *
 * @param operationName the name AWS puts in its message, which is not always the operation's ({@code Invoke} says
 *     {@code InvokeFunction})
 */
public record BodyLimit(long maximumBytes, String operationName) {

    /** AWS's message: {@code Request must be smaller than 6291456 bytes for the InvokeFunction operation}. */
    String message() {
        return "Request must be smaller than " + maximumBytes + " bytes for the " + operationName + " operation";
    }
}
