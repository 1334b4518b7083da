package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Duration;

/** ReceiveMessage's and ChangeMessageVisibility's parameter ranges, in SQS's words. */
final class ReceiveRules {
    static final int MAXIMUM_MESSAGES = 10;
    static final int MAXIMUM_WAIT_SECONDS = 20;
    static final int MAXIMUM_VISIBILITY_SECONDS = 43_200;

    private ReceiveRules() {
    }

    static int maxNumberOfMessages(Integer requested) {
        if (requested == null) {
            return 1;
        }
        if (requested < 1 || requested > MAXIMUM_MESSAGES) {
            throw BaristaException.invalidParameter("Value " + requested + " for parameter MaxNumberOfMessages is"
                    + " invalid. Reason: Must be between 1 and 10, if provided.");
        }
        return requested;
    }

    static Duration waitTime(Integer requested, Duration queueDefault) {
        if (requested == null) {
            return queueDefault;
        }
        if (requested < 0 || requested > MAXIMUM_WAIT_SECONDS) {
            throw BaristaException.invalidParameter("Value " + requested + " for parameter WaitTimeSeconds is"
                    + " invalid. Reason: Must be >= 0 and <= 20, if provided.");
        }
        return Duration.ofSeconds(requested);
    }

    /**
     * @param queueDefault the queue's visibility timeout, or null where the parameter is required
     */
    static Duration visibilityTimeout(Integer requested, Duration queueDefault) {
        if (requested == null) {
            if (queueDefault == null) {
                throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                        + " VisibilityTimeout.");
            }
            return queueDefault;
        }
        if (requested < 0 || requested > MAXIMUM_VISIBILITY_SECONDS) {
            throw BaristaException.invalidParameter("Value " + requested + " for parameter VisibilityTimeout is"
                    + " invalid. Reason: Must be between 0 and 43200, if provided.");
        }
        return Duration.ofSeconds(requested);
    }
}
