package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.scheduler.PoolConcurrency;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LambdaMetricsPublisherTest {
    private static final Instant STARTED = Instant.parse("2026-11-22T10:15:20Z");
    private static final Dimension FUNCTION = new Dimension("FunctionName", "orders");

    private final MutableClock clock = new MutableClock(STARTED.plusSeconds(1));
    private final MetricService metrics = new MetricService(new InMemoryMetricStore(), Duration.ofDays(15), clock);
    private final AtomicReference<PoolConcurrency> pool = new AtomicReference<>(new PoolConcurrency(Map.of(), 0));
    private final LambdaMetricsPublisher publisher = new LambdaMetricsPublisher(metrics, pool::get, clock);

    @Test
    void anUnqualifiedInvocationCountsForAllFunctionsAndItsFunction() {
        publisher.completed(invocation(null, "$LATEST", Outcome.SUCCESS, 12.5));

        assertThat(sum("Invocations", List.of())).isEqualTo(1);
        assertThat(sum("Invocations", List.of(FUNCTION))).isEqualTo(1);
        assertThat(sum("Errors", List.of(FUNCTION))).isEqualTo(0);
        assertThat(sum("Duration", List.of(FUNCTION))).isEqualTo(12.5);
        assertThat(metrics.listMetrics(new ListMetricsQuery("AWS/Lambda", null, null, null, null)).metrics())
                .noneMatch(series -> series.dimensions().stream().anyMatch(dimension ->
                        dimension.name().equals("Resource")));
    }

    @Test
    void anAliasInvocationAlsoCountsForItsResourceAndExecutedVersion() {
        Dimension resource = new Dimension("Resource", "orders:live");

        publisher.completed(invocation("live", "3", Outcome.FUNCTION_ERROR, 4));

        assertThat(sum("Errors", List.of(FUNCTION, resource))).isEqualTo(1);
        assertThat(sum("Errors", List.of(FUNCTION, resource, new Dimension("ExecutedVersion", "3")))).isEqualTo(1);
        assertThat(sum("Errors", List.of())).isEqualTo(1);
    }

    @Test
    void aVersionInvocationHasAResourceButNoExecutedVersion() {
        publisher.completed(invocation("3", "3", Outcome.TIMEOUT, 4));

        assertThat(sum("Invocations", List.of(FUNCTION, new Dimension("Resource", "orders:3")))).isEqualTo(1);
        assertThat(metrics.listMetrics(new ListMetricsQuery("AWS/Lambda", "Invocations",
                List.of(new DimensionFilter("ExecutedVersion", null)), null, null)).metrics()).isEmpty();
    }

    @Test
    void throttlesAreCountedWithoutInvocations() {
        publisher.throttled("orders", null);
        publisher.throttled("orders", "live");

        assertThat(sum("Throttles", List.of(FUNCTION))).isEqualTo(2);
        assertThat(sum("Throttles", List.of(FUNCTION, new Dimension("Resource", "orders:live")))).isEqualTo(1);
        assertThat(sum("Invocations", List.of(FUNCTION))).isNull();
    }

    @Test
    void concurrencyIsSampledAtEachCompletionAndOnDemand() {
        pool.set(new PoolConcurrency(Map.of("orders", 2, "reserved", 1), 2));
        publisher.completed(invocation(null, "$LATEST", Outcome.SUCCESS, 1));
        pool.set(new PoolConcurrency(Map.of("orders", 5), 5));
        publisher.sampleConcurrency();
        pool.set(new PoolConcurrency(Map.of(), 0));
        publisher.sampleConcurrency();

        assertThat(maximum("ConcurrentExecutions", List.of())).isEqualTo(5);
        assertThat(maximum("ConcurrentExecutions", List.of(FUNCTION))).isEqualTo(5);
        assertThat(maximum("ConcurrentExecutions", List.of(new Dimension("FunctionName", "reserved")))).isEqualTo(1);
        assertThat(maximum("UnreservedConcurrentExecutions", List.of())).isEqualTo(5);
    }

    @Test
    void asynchronousFactsAreCountedUnderTheirNames() {
        publisher.received("orders", null);
        publisher.invoked("orders", null, Duration.ofMillis(1500));
        publisher.dropped("orders", null);
        publisher.deadLetterFailed("orders", null);
        publisher.destinationDeliveryFailed("orders", "live");

        assertThat(sum("AsyncEventsReceived", List.of(FUNCTION))).isEqualTo(1);
        assertThat(maximum("AsyncEventAge", List.of(FUNCTION))).isEqualTo(1500);
        assertThat(sum("AsyncEventsDropped", List.of())).isEqualTo(1);
        assertThat(sum("DeadLetterErrors", List.of(FUNCTION))).isEqualTo(1);
        assertThat(sum("DestinationDeliveryFailures", List.of(FUNCTION, new Dimension("Resource", "orders:live"))))
                .isEqualTo(1);
    }

    private Double sum(String metricName, List<Dimension> dimensions) {
        return statistic(metricName, dimensions, "Sum");
    }

    private Double maximum(String metricName, List<Dimension> dimensions) {
        return statistic(metricName, dimensions, "Maximum");
    }

    private Double statistic(String metricName, List<Dimension> dimensions, String statistic) {
        List<Datapoint> datapoints = metrics.getMetricStatistics(new MetricStatisticsQuery("AWS/Lambda", metricName,
                dimensions, STARTED.minusSeconds(3600), STARTED.plusSeconds(3600), 7200, List.of(statistic), null,
                null)).datapoints();
        if (datapoints.isEmpty()) {
            return null;
        }
        Datapoint datapoint = datapoints.getFirst();
        return statistic.equals("Sum") ? datapoint.sum() : datapoint.maximum();
    }

    private static CompletedInvocation invocation(String qualifier, String executedVersion, Outcome outcome,
                                                  double milliseconds) {
        return new CompletedInvocation("request", "orders", qualifier, executedVersion, STARTED,
                Duration.ofNanos((long) (milliseconds * 1e6)), null, 13, 128, 40, Architecture.X86_64, outcome);
    }
}
