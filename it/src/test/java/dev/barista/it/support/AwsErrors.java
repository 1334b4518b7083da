package dev.barista.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import software.amazon.awssdk.services.lambda.model.LambdaException;

/** Assertions on AWS error answers as the SDK surfaces them. */
public final class AwsErrors {
    private AwsErrors() {
    }

    /** Runs {@code call}, which must fail with an AWS error answer, and returns it. */
    public static LambdaException awsError(Runnable call) {
        try {
            call.run();
        } catch (LambdaException error) {
            return error;
        }
        throw new AssertionError("expected an AWS error answer, but the call succeeded");
    }

    /** Runs {@code call}, which must fail with HTTP {@code status} and AWS error code {@code code}. */
    public static LambdaException assertAwsError(int status, String code, Runnable call) {
        LambdaException error = awsError(call);
        assertThat(error.awsErrorDetails().errorCode())
                .as("error code (message: %s)", error.awsErrorDetails().errorMessage()).isEqualTo(code);
        assertThat(error.statusCode()).as("HTTP status of %s", code).isEqualTo(status);
        return error;
    }

    public static String message(LambdaException error) {
        return error.awsErrorDetails().errorMessage();
    }
}
