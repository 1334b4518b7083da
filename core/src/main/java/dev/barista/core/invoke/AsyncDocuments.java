package dev.barista.core.invoke;

/**
 * The JSON that asynchronous invocation reads and writes, kept out of core (SPI): the adapter that speaks Lambda's
 * JSON implements it. Implementations are thread-safe.
 */
public interface AsyncDocuments {

    /**
     * Lambda's invocation record: {@code version}, {@code timestamp}, {@code requestContext}, {@code requestPayload},
     * {@code responseContext} and {@code responsePayload}, the payloads embedded as the JSON they are.
     */
    byte[] invocationRecord(InvocationRecord record);

    /** The {@code errorMessage} of a function's error document, or the document as text when it has none. */
    String errorMessage(byte[] errorDocument);
}
