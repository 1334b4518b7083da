package dev.barista.core.invoke;

import java.util.Objects;

/**
 * How one attempt of an asynchronous invocation ended, as the invocation record's {@code responseContext} and
 * {@code responsePayload} and the dead-letter message's attributes tell it.
 *
 * @param statusCode 200 when the function ran (even if it failed), 429 for a throttle, 500 for a system error
 * @param executedVersion the version that ran or would have run
 * @param functionError {@code Unhandled} when the function failed, else null
 * @param payload the function's response or error document; null when the function did not run
 * @param errorMessage the platform's message when the function did not run (a throttle, a system error); null when
 *     the payload tells what happened
 */
public record AttemptResponse(int statusCode, String executedVersion, String functionError, byte[] payload,
                              String errorMessage) {
    public AttemptResponse {
        Objects.requireNonNull(executedVersion, "executedVersion");
    }
}
