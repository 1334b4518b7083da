package dev.barista.aws.protocol;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failed request, ready for a protocol to put in its envelope. This is the one place that turns exceptions into
 * AWS errors: a {@link BaristaException} through the service's {@link ErrorTable}, anything else as
 * {@link ErrorCode#SERVICE_FAILURE}, logged with its stack trace, which never reaches the client.
 *
 * @param reason a machine-readable reason (a throttle's {@code Reason}), or null
 */
public record Failure(AwsError error, String message, String reason) {
    private static final Logger LOG = LoggerFactory.getLogger(Failure.class);

    public Failure {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param operation the operation that failed, for the log
     */
    public static Failure of(RuntimeException exception, ErrorTable table, RequestContext context, String operation) {
        if (exception instanceof BaristaException expected) {
            return new Failure(table.errorFor(expected.code()), String.valueOf(expected.getMessage()),
                    expected.reason());
        }
        LOG.error("{} failed unexpectedly (request {})", operation, context.requestId(), exception);
        return new Failure(table.errorFor(ErrorCode.SERVICE_FAILURE),
                "Barista failed internally; the server log has the details of request " + context.requestId() + ".",
                null);
    }
}
