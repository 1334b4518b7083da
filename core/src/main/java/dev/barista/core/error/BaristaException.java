package dev.barista.core.error;

import java.util.Objects;

/**
 * The one unchecked exception core throws for an expected failure of a request. Create a fresh one at each throw
 * site. Function errors and timeouts are results, not exceptions.
 */
public final class BaristaException extends RuntimeException {
    private final ErrorCode code;
    private final String reason;

    public BaristaException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** @param reason a machine-readable reason, such as a throttle's {@code Reason}; may be null */
    public BaristaException(ErrorCode code, String message, String reason) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    /** The machine-readable reason, or null. */
    public String reason() {
        return reason;
    }

    public static BaristaException notFound(String message) {
        return new BaristaException(ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    public static BaristaException conflict(String message) {
        return new BaristaException(ErrorCode.RESOURCE_CONFLICT, message);
    }

    public static BaristaException invalidParameter(String message) {
        return new BaristaException(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    public static BaristaException validation(String message) {
        return new BaristaException(ErrorCode.VALIDATION, message);
    }
}
