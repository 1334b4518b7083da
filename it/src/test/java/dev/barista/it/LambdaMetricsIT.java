package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.CloudWatchClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS/Lambda figures of real invocations, read with the AWS SDK v2's CloudWatch client: invocations, errors,
 * throttles, durations with percentiles, concurrency, under Lambda's dimension sets; and the same figures on the
 * Prometheus endpoint.
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LambdaMetricsIT {
    private final Barista barista;
    private final CloudWatchClient cloudWatch;
    private final String function = Barista.uniqueName("metered");
    private final String throttled = Barista.uniqueName("throttled-metrics");
    private final String asynchronous = Barista.uniqueName("async-metrics");
    private final Instant start = Instant.now().minus(Duration.ofMinutes(5));

    LambdaMetricsIT(Barista barista) {
        this.barista = barista;
        this.cloudWatch = CloudWatchClients.client(barista.endpointUrl());
        barista.createPython(function);
        barista.lambda().publishVersion(request -> request.functionName(function));
        barista.lambda().createAlias(request -> request.functionName(function).name("live").functionVersion("1"));
        for (int count = 0; count < 3; count++) {
            barista.invoke(function, Map.of("action", "echo"));
        }
        barista.invoke(function, Map.of("action", "fail"));
        barista.invoke(request -> request.functionName(function).qualifier("live"));
        barista.createPython(throttled);
        barista.lambda().putFunctionConcurrency(request -> request.functionName(throttled)
                .reservedConcurrentExecutions(0));
        assertAwsError(429, "TooManyRequestsException", () -> barista.invoke(throttled, Map.of()));
        barista.createPython(asynchronous);
        barista.invoke(request -> request.functionName(asynchronous).invocationType("Event"));
    }

    @AfterAll
    void close() {
        cloudWatch.close();
    }

    @Test
    void invocationsAndErrorsAreCountedForTheFunctionAndForAllFunctions() {
        Datapoint invocations = one("Invocations", List.of(functionName()), Statistic.SUM, Statistic.SAMPLE_COUNT);
        Datapoint errors = one("Errors", List.of(functionName()), Statistic.SUM, Statistic.AVERAGE);

        assertThat(invocations.sum()).isEqualTo(5);
        assertThat(invocations.unit()).isEqualTo(StandardUnit.COUNT);
        assertThat(errors.sum()).isEqualTo(1);
        assertThat(errors.average()).as("one error in five invocations").isEqualTo(0.2);
        assertThat(one("Invocations", List.of(), Statistic.SUM).sum()).as("all functions").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aThrottledInvocationCountsAsAThrottleNotAnInvocation() {
        Dimension throttledName = Dimension.builder().name("FunctionName").value(throttled).build();

        assertThat(one("Throttles", List.of(throttledName), Statistic.SUM).sum()).isEqualTo(1);
        assertThat(datapoints("Invocations", List.of(throttledName), Statistic.SUM)).isEmpty();
    }

    @Test
    void durationsHaveStatisticsAndPercentiles() {
        Datapoint duration = one("Duration", List.of(functionName()), Statistic.SAMPLE_COUNT, Statistic.MINIMUM,
                Statistic.MAXIMUM, Statistic.AVERAGE);
        Datapoint percentiles = cloudWatch.getMetricStatistics(request -> window(request).metricName("Duration")
                .dimensions(functionName()).extendedStatistics("p50", "p99", "p100")).datapoints().getFirst();

        assertThat(duration.sampleCount()).isEqualTo(5);
        assertThat(duration.unit()).isEqualTo(StandardUnit.MILLISECONDS);
        assertThat(duration.minimum()).isPositive().isLessThanOrEqualTo(duration.average());
        assertThat(duration.maximum()).isGreaterThanOrEqualTo(duration.average());
        assertThat(percentiles.extendedStatistics()).containsOnlyKeys("p50", "p99", "p100");
        assertThat(percentiles.extendedStatistics().get("p50")).isBetween(duration.minimum(), duration.maximum());
        assertThat(percentiles.extendedStatistics().get("p100")).isEqualTo(duration.maximum());
    }

    @Test
    void anAliasInvocationCountsForItsResourceAndExecutedVersion() {
        Dimension resource = Dimension.builder().name("Resource").value(function + ":live").build();
        Dimension executedVersion = Dimension.builder().name("ExecutedVersion").value("1").build();

        assertThat(one("Invocations", List.of(functionName(), resource), Statistic.SUM).sum()).isEqualTo(1);
        assertThat(one("Invocations", List.of(functionName(), resource, executedVersion), Statistic.SUM).sum())
                .isEqualTo(1);
    }

    @Test
    void concurrencyWasAtLeastOneWhileTheFunctionRan() {
        assertThat(one("ConcurrentExecutions", List.of(functionName()), Statistic.MAXIMUM).maximum())
                .isGreaterThanOrEqualTo(1);
        assertThat(one("UnreservedConcurrentExecutions", List.of(), Statistic.MAXIMUM).maximum())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void getMetricDataComputesTheErrorRate() {
        MetricDataQuery invocations = MetricDataQuery.builder().id("invocations").returnData(false)
                .metricStat(stat -> stat.period(3600).stat("Sum").metric(metric -> metric.namespace("AWS/Lambda")
                        .metricName("Invocations").dimensions(functionName()))).build();
        MetricDataQuery errors = MetricDataQuery.builder().id("errors").returnData(false)
                .metricStat(stat -> stat.period(3600).stat("Sum").metric(metric -> metric.namespace("AWS/Lambda")
                        .metricName("Errors").dimensions(functionName()))).build();

        List<MetricDataResult> results = cloudWatch.getMetricData(request -> request.startTime(start)
                .endTime(start.plus(Duration.ofHours(1))).metricDataQueries(invocations, errors,
                        MetricDataQuery.builder().id("errorRate").expression("100 * errors / invocations")
                                .label("Error rate (%)").build())).metricDataResults();

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.label()).isEqualTo("Error rate (%)");
            assertThat(result.values()).containsExactly(20.0);
        });
    }

    @Test
    void listMetricsShowsTheFunctionsMetrics() {
        List<Metric> metrics = cloudWatch.listMetrics(request -> request.namespace("AWS/Lambda")
                .dimensions(DimensionFilter.builder().name("FunctionName").value(function).build())).metrics();

        assertThat(metrics).extracting(Metric::metricName)
                .contains("Invocations", "Errors", "Duration", "ConcurrentExecutions");
        assertThat(metrics).allSatisfy(metric -> assertThat(metric.namespace()).isEqualTo("AWS/Lambda"));
    }

    @Test
    void thePrometheusEndpointHasTheSameFiguresAndQueueDepths() throws Exception {
        String queue = Barista.uniqueName("depth");
        try (SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(barista.endpointUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            String url = sqs.createQueue(request -> request.queueName(queue)).queueUrl();
            sqs.sendMessage(request -> request.queueUrl(url).messageBody("one"));
            sqs.sendMessage(request -> request.queueUrl(url).messageBody("two"));
        }
        String text;
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(barista.endpointUrl() + "/_barista/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            text = response.body();
        }

        assertThat(text).contains("barista_lambda_invocations_total{function=\"" + function + "\"} 5.0");
        assertThat(text).contains("barista_queue_messages{queue=\"" + queue + "\"} 2.0");
        assertThat(text).contains("barista_lambda_errors_total{function=\"" + function + "\"} 1.0");
        assertThat(text).contains("barista_lambda_throttles_total{function=\"" + throttled + "\"} 1.0");
        assertThat(text).contains("barista_lambda_duration_seconds_count{function=\"" + function + "\"} 5");
        assertThat(text).containsPattern("barista_environments\\{state=\"idle\"} [1-9]");
        assertThat(text).containsPattern("barista_environment_starts_total\\{kind=\"cold\"} [1-9]");
    }

    @Test
    void anEventInvocationIsCountedAsReceivedAndItsAgeRecorded() {
        Dimension name = Dimension.builder().name("FunctionName").value(asynchronous).build();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(datapoints("AsyncEventsReceived", List.of(name), Statistic.SUM))
                    .extracting(Datapoint::sum).containsExactly(1.0);
            assertThat(datapoints("AsyncEventAge", List.of(name), Statistic.SAMPLE_COUNT))
                    .extracting(Datapoint::sampleCount).containsExactly(1.0);
            assertThat(datapoints("Invocations", List.of(name), Statistic.SUM))
                    .extracting(Datapoint::sum).containsExactly(1.0);
        });
        assertThat(datapoints("AsyncEventsDropped", List.of(name), Statistic.SUM)).as("it succeeded").isEmpty();
    }

    private Datapoint one(String metricName, List<Dimension> dimensions, Statistic... statistics) {
        List<Datapoint> datapoints = datapoints(metricName, dimensions, statistics);
        assertThat(datapoints).as("%s %s", metricName, dimensions).hasSize(1);
        return datapoints.getFirst();
    }

    private List<Datapoint> datapoints(String metricName, List<Dimension> dimensions, Statistic... statistics) {
        return cloudWatch.getMetricStatistics(request -> window(request).metricName(metricName).dimensions(dimensions)
                .statistics(statistics)).datapoints();
    }

    /** One period covering every invocation of this class. */
    private software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest.Builder window(
            software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest.Builder request) {
        return request.namespace("AWS/Lambda").startTime(start).endTime(start.plus(Duration.ofHours(1)))
                .period(3600);
    }

    private Dimension functionName() {
        return Dimension.builder().name("FunctionName").value(function).build();
    }
}
