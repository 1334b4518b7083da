package dev.barista.core.invoke;

/**
 * What Invoke answers.
 *
 * @param statusCode 200 (RequestResponse), 202 (Event) or 204 (DryRun)
 * @param payload the function's response or error document; empty for Event and DryRun
 * @param functionError {@code Unhandled} when the function failed, else null ({@code X-Amz-Function-Error})
 * @param executedVersion the version that ran, or null for Event and DryRun
 * @param logTail the last 4 KB of the invocation's log, base64, when asked for; else null
 */
public record InvokeResult(int statusCode, byte[] payload, String functionError, String executedVersion,
                           String logTail, String requestId) {
}
