package dev.barista.aws.cloudwatch;

import static dev.barista.aws.cloudwatch.CloudWatchFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * The real AWS SDK for Java 2.40.2's CloudWatch client (awsQuery), its marshallers and unmarshallers, against the
 * gateway in-process.
 */
class CloudWatchSdkConformanceTest {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:20:00Z");
    private static final Dimension HOST = Dimension.builder().name("Host").value("a").build();

    private final CloudWatchFixture fixture = new CloudWatchFixture();
    private final CloudWatchClient client = fixture.client();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void putMetricDataThenGetMetricStatisticsAnswersEveryStatistic() {
        client.putMetricData(request -> request.namespace("Shop").metricData(
                MetricDatum.builder().metricName("Latency").dimensions(HOST).timestamp(MINUTE.plusSeconds(5))
                        .unit(StandardUnit.MILLISECONDS).values(10.0, 20.0, 30.0).counts(1.0, 2.0, 1.0).build(),
                MetricDatum.builder().metricName("Latency").dimensions(HOST).timestamp(MINUTE.plusSeconds(65))
                        .unit(StandardUnit.MILLISECONDS).statisticValues(set -> set.sampleCount(2.0).sum(100.0)
                                .minimum(40.0).maximum(60.0)).build()));

        GetMetricStatisticsResponse response = client.getMetricStatistics(request -> request.namespace("Shop")
                .metricName("Latency").dimensions(HOST).startTime(MINUTE).endTime(MINUTE.plusSeconds(300))
                .period(300).statistics(Statistic.SAMPLE_COUNT, Statistic.SUM, Statistic.AVERAGE, Statistic.MINIMUM,
                        Statistic.MAXIMUM));

        assertThat(response.label()).isEqualTo("Latency");
        assertThat(response.datapoints()).singleElement().satisfies(datapoint -> {
            assertThat(datapoint.timestamp()).isEqualTo(MINUTE);
            assertThat(datapoint.sampleCount()).isEqualTo(6);
            assertThat(datapoint.sum()).isEqualTo(180);
            assertThat(datapoint.average()).isEqualTo(30);
            assertThat(datapoint.minimum()).isEqualTo(10);
            assertThat(datapoint.maximum()).isEqualTo(60);
            assertThat(datapoint.unit()).isEqualTo(StandardUnit.MILLISECONDS);
        });
    }

    @Test
    void extendedStatisticsAnswerPercentiles() {
        List<Double> values = new ArrayList<>();
        for (int value = 1; value <= 100; value++) {
            values.add((double) value);
        }
        client.putMetricData(request -> request.namespace("Shop").metricData(MetricDatum.builder()
                .metricName("Latency").timestamp(MINUTE).values(values).build()));

        Datapoint datapoint = client.getMetricStatistics(request -> request.namespace("Shop").metricName("Latency")
                .startTime(MINUTE).endTime(MINUTE.plusSeconds(60)).period(60)
                .extendedStatistics("p50", "p90", "p99")).datapoints().getFirst();

        assertThat(datapoint.extendedStatistics()).isEqualTo(Map.of("p50", 50.0, "p90", 90.0, "p99", 99.0));
        assertThat(datapoint.sum()).isNull();
    }

    @Test
    void getMetricDataPagesThroughTheSdksPaginator() {
        for (int minute = 0; minute < 5; minute++) {
            Instant at = MINUTE.plusSeconds(60L * minute);
            double value = minute;
            client.putMetricData(request -> request.namespace("Shop").metricData(MetricDatum.builder()
                    .metricName("Orders").dimensions(HOST).timestamp(at).value(value).unit(StandardUnit.COUNT)
                    .build()));
        }

        List<GetMetricDataResponse> pages = client.getMetricDataPaginator(request -> request
                .startTime(MINUTE).endTime(NOW).scanBy(ScanBy.TIMESTAMP_ASCENDING).maxDatapoints(2)
                .metricDataQueries(query -> query.id("orders").metricStat(stat -> stat.period(60).stat("Sum")
                        .metric(metric -> metric.namespace("Shop").metricName("Orders").dimensions(HOST)))))
                .stream().toList();

        assertThat(pages).hasSize(3);
        assertThat(pages).flatMap(page -> page.metricDataResults().getFirst().values())
                .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
        assertThat(pages.getFirst().metricDataResults().getFirst().statusCode()).isEqualTo(StatusCode.PARTIAL_DATA);
        MetricDataResult last = pages.getLast().metricDataResults().getFirst();
        assertThat(last.statusCode()).isEqualTo(StatusCode.COMPLETE);
        assertThat(last.timestamps()).containsExactly(MINUTE.plusSeconds(240));
        assertThat(last.label()).isEqualTo("Orders");
    }

    @Test
    void listMetricsFiltersByDimension() {
        client.putMetricData(request -> request.namespace("Shop").metricData(
                MetricDatum.builder().metricName("Orders").dimensions(HOST).value(1.0).build(),
                MetricDatum.builder().metricName("Orders").value(1.0).build()));

        List<Metric> metrics = client.listMetrics(request -> request.namespace("Shop")
                .dimensions(DimensionFilter.builder().name("Host").build())).metrics();

        assertThat(metrics).containsExactly(Metric.builder().namespace("Shop").metricName("Orders")
                .dimensions(HOST).build());
    }

    @Test
    void largeRequestsArriveCompressedAndAreRecorded() {
        List<MetricDatum> data = new ArrayList<>();
        for (int index = 0; index < 300; index++) {
            data.add(MetricDatum.builder().metricName("Compressed").dimensions(Dimension.builder().name("Index")
                    .value("value-" + index).build()).value(1.0).build());
        }
        List<String> encodings = new ArrayList<>();

        try (CloudWatchClient recording = fixture.client(new software.amazon.awssdk.core.interceptor
                .ExecutionInterceptor() {
            @Override
            public void beforeTransmission(software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
                                           software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                encodings.addAll(context.httpRequest().headers().getOrDefault("Content-Encoding", List.of()));
            }
        })) {
            recording.putMetricData(request -> request.namespace("Shop").metricData(data));
        }

        assertThat(encodings).as("the SDK compressed the request").contains("gzip");

        assertThat(client.listMetrics(request -> request.metricName("Compressed")).metrics()).hasSize(300);
    }

    @Test
    void errorsArriveAsTheModelsExceptions() {
        assertThatThrownBy(() -> client.putMetricData(request -> request.namespace("AWS/Lambda")
                .metricData(MetricDatum.builder().metricName("X").value(1.0).build())))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, exception -> {
                    assertThat(exception.statusCode()).isEqualTo(400);
                    assertThat(exception.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                    assertThat(exception.awsErrorDetails().errorMessage())
                            .isEqualTo("The value AWS/Lambda for parameter Namespace is invalid.");
                    assertThat(exception.requestId()).isEqualTo("request-1");
                });
        assertThatThrownBy(() -> client.getMetricStatistics(request -> request.namespace("Shop")
                .startTime(MINUTE).endTime(NOW).period(60).statistics(Statistic.SUM)))
                .isInstanceOf(MissingRequiredParameterException.class)
                .hasMessageContaining("The parameter MetricName is required.");
        assertThatThrownBy(() -> client.getMetricStatistics(request -> request.namespace("Shop").metricName("A")
                .startTime(NOW.minus(Duration.ofDays(3))).endTime(NOW).period(60).statistics(Statistic.SUM)))
                .isInstanceOf(InvalidParameterCombinationException.class)
                .hasMessageContaining("exceeds the limit of 1,440");
    }

    @Test
    void anUnsupportedOperationAnswers501NotImplemented() {
        assertThatThrownBy(() -> client.describeAlarms(request -> { }))
                .isInstanceOfSatisfying(CloudWatchException.class, exception -> {
                    assertThat(exception.statusCode()).isEqualTo(501);
                    assertThat(exception.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                    assertThat(exception.awsErrorDetails().errorMessage())
                            .isEqualTo("Barista does not support the CloudWatch operation DescribeAlarms yet.");
                });
    }
}
