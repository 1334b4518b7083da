package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.CloudWatchClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** Metrics are flushed to the database: a new server on the same data directory answers the same figures. */
class MetricsPersistenceIT {
    private Path dataDirectory;

    @BeforeEach
    void createDataDirectory() throws Exception {
        dataDirectory = Files.createTempDirectory("barista-it-metrics");
    }

    @AfterEach
    void deleteDataDirectory() throws Exception {
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    @Test
    void lambdaAndCustomMetricsSurviveARestart() {
        String name = Barista.uniqueName("remembered");
        Instant start = Instant.now().minus(Duration.ofMinutes(5));
        Datapoint invocations;
        Datapoint duration;
        try (Barista first = Barista.start(dataDirectory);
             CloudWatchClient cloudWatch = CloudWatchClients.client(first.endpointUrl())) {
            first.createPython(name);
            first.invoke(name, Map.of("action", "echo"));
            first.invoke(name, Map.of("action", "fail"));
            cloudWatch.putMetricData(request -> request.namespace("Persisted").metricData(MetricDatum.builder()
                    .metricName("Orders").values(1.0, 2.0, 3.0).build()));
            invocations = statistics(cloudWatch, name, "Invocations", start);
            duration = statistics(cloudWatch, name, "Duration", start);
        }

        try (Barista second = Barista.start(dataDirectory);
             CloudWatchClient cloudWatch = CloudWatchClients.client(second.endpointUrl())) {
            assertThat(statistics(cloudWatch, name, "Invocations", start)).isEqualTo(invocations);
            assertThat(statistics(cloudWatch, name, "Errors", start).sum()).isEqualTo(1);
            assertThat(statistics(cloudWatch, name, "Duration", start)).isEqualTo(duration);
            assertThat(cloudWatch.getMetricStatistics(request -> request.namespace("Persisted").metricName("Orders")
                    .startTime(start).endTime(start.plus(Duration.ofHours(1))).period(3600)
                    .extendedStatistics("p50")).datapoints().getFirst().extendedStatistics())
                    .isEqualTo(Map.of("p50", 2.0));
            assertThat(cloudWatch.listMetrics(request -> request.namespace("AWS/Lambda").metricName("Invocations"))
                    .metrics()).anySatisfy(metric -> assertThat(metric.dimensions())
                    .containsExactly(Dimension.builder().name("FunctionName").value(name).build()));
        }
        assertThat(invocations.sum()).isEqualTo(2);
    }

    private static Datapoint statistics(CloudWatchClient cloudWatch, String function, String metricName,
                                        Instant start) {
        List<Datapoint> datapoints = cloudWatch.getMetricStatistics(request -> request.namespace("AWS/Lambda")
                .metricName(metricName).dimensions(Dimension.builder().name("FunctionName").value(function).build())
                .startTime(start).endTime(start.plus(Duration.ofHours(1))).period(3600)
                .statistics(Statistic.SUM, Statistic.SAMPLE_COUNT, Statistic.MINIMUM, Statistic.MAXIMUM))
                .datapoints();
        assertThat(datapoints).hasSize(1);
        return datapoints.getFirst();
    }
}
