package dev.barista.aws.cloudwatch;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.lambda.InProcessHttpClient;
import dev.barista.core.metrics.InMemoryMetricStore;
import dev.barista.core.metrics.MetricService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** A gateway with the CloudWatch adapter on a real {@link MetricService} over core's in-memory store. */
final class CloudWatchFixture {
    static final Instant NOW = Instant.parse("2026-11-22T10:30:00Z");

    final MetricService metrics = new MetricService(new InMemoryMetricStore(), Duration.ofDays(15),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final AwsGateway gateway = new CloudWatch(metrics).registerWith(AwsGateway.builder())
            .requestIds(() -> "request-1").build();

    /** The AWS SDK for Java v2's client, in-process. */
    CloudWatchClient client(software.amazon.awssdk.core.interceptor.ExecutionInterceptor... interceptors) {
        return CloudWatchClient.builder()
                .httpClient(new InProcessHttpClient(gateway))
                .endpointOverride(URI.create("http://localhost:4566"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .overrideConfiguration(configuration -> {
                    configuration.retryStrategy(DefaultRetryStrategy.doNotRetry());
                    for (var interceptor : interceptors) {
                        configuration.addExecutionInterceptor(interceptor);
                    }
                })
                .build();
    }

    HttpResponse send(String method, String target, byte[] body, String... headers) {
        return gateway.handle(withBody(TestRequests.request(method, target, null, headers), body));
    }

    private static dev.barista.aws.http.HttpRequest withBody(dev.barista.aws.http.HttpRequest request, byte[] body) {
        return new dev.barista.aws.http.HttpRequest(request.method(), request.rawPath(), request.rawQuery(),
                request.headers(), body);
    }
}
