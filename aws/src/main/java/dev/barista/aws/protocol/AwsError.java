package dev.barista.aws.protocol;

import java.util.Objects;

/**
 * An AWS error as a client sees it: the code that the SDKs map to an exception class, the HTTP status, and whose
 * fault it is (Lambda's {@code Type} "User"/"Service", Query's {@code Type} "Sender"/"Receiver").
 */
public record AwsError(String code, int status, Fault fault) {
    public AwsError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fault, "fault");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
        }
    }

    /** An error the caller caused. */
    public static AwsError client(String code, int status) {
        return new AwsError(code, status, Fault.CLIENT);
    }

    /** An error of the service. */
    public static AwsError server(String code, int status) {
        return new AwsError(code, status, Fault.SERVER);
    }

    public enum Fault {
        CLIENT,
        SERVER
    }
}
