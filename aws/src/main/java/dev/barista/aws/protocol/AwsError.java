package dev.barista.aws.protocol;

import java.util.Objects;

/**
 * An AWS error as a client sees it: the code that the SDKs map to an exception class, the HTTP status, and whose
 * fault it is (Lambda's {@code Type} "User"/"Service", Query's {@code Type} "Sender"/"Receiver").
 *
 * @param queryCode the code a service that speaks awsQuery too (SQS) gives this error in Query, where it differs from
 *     its awsJson code, or null: awsQuery answers it as the code, and awsJson sends it in
 *     {@code x-amzn-query-error}, as "awsQueryCompatible" services do, so that clients of either protocol see one code
 */
public record AwsError(String code, int status, Fault fault, String queryCode) {
    public AwsError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fault, "fault");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
        }
    }

    public AwsError(String code, int status, Fault fault) {
        this(code, status, fault, null);
    }

    /** An error the caller caused. */
    public static AwsError client(String code, int status) {
        return new AwsError(code, status, Fault.CLIENT);
    }

    /** An error of the service. */
    public static AwsError server(String code, int status) {
        return new AwsError(code, status, Fault.SERVER);
    }

    /** This error with its awsQuery code (see {@link #queryCode()}). */
    public AwsError withQueryCode(String code) {
        return new AwsError(this.code, status, fault, Objects.requireNonNull(code, "code"));
    }

    /** The code awsQuery answers: the query code when there is one, else the code. */
    public String codeInQuery() {
        return queryCode != null ? queryCode : code;
    }

    public enum Fault {
        CLIENT,
        SERVER
    }
}
