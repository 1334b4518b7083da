package dev.barista.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;

/**
 * AWS SDK v2 {@link CloudWatchLogsClient}s pointed at a Barista server, and assertions on the errors they raise. The
 * client does not retry, so that every answer is seen exactly as the server gave it.
 */
public final class LogsClients {
    private LogsClients() {
    }

    public static CloudWatchLogsClient client(String endpointUrl) {
        return CloudWatchLogsClient.builder()
                .endpointOverride(URI.create(endpointUrl))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** Runs {@code call}, which must fail with HTTP {@code status} and AWS error code {@code code}. */
    public static CloudWatchLogsException assertLogsError(int status, String code, Runnable call) {
        try {
            call.run();
        } catch (CloudWatchLogsException error) {
            assertThat(error.awsErrorDetails().errorCode())
                    .as("error code (message: %s)", error.awsErrorDetails().errorMessage()).isEqualTo(code);
            assertThat(error.statusCode()).as("HTTP status of %s", code).isEqualTo(status);
            return error;
        }
        throw new AssertionError("expected the AWS error " + code + ", but the call succeeded");
    }
}
