package dev.barista.core.eventsource;

/** How the invocation of a function with one batch ended, as the pollers see it. */
public sealed interface BatchResult {

    /** The function returned; its response matters only with {@code ReportBatchItemFailures}. */
    record Succeeded(byte[] response) implements BatchResult {
    }

    /** The function failed: it threw, timed out, crashed or failed to start. */
    record FunctionFailed() implements BatchResult {
    }

    /** The invocation was throttled (429) before it ran. */
    record Throttled() implements BatchResult {
    }

    /** The invocation could not be made (the function was deleted, Barista failed); it did not run. */
    record NotInvoked(String reason) implements BatchResult {
    }
}
