package dev.barista.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.scheduler.PoolStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {
    private final PoolStatistics statistics = new PoolStatistics(1, 2, 3, 0, 7, 11, 5, 640, 4096);
    /** A capturing lambda, as the server's {@code pool::statistics} is: nothing else holds it. */
    private final PrometheusMetrics metrics = new PrometheusMetrics(() -> statistics);

    @Test
    void invocationsErrorsColdStartsAndDurationsAreCountedByFunction() {
        metrics.completed(invocation(Outcome.SUCCESS, Duration.ofMillis(300), Duration.ofMillis(200)));
        metrics.completed(invocation(Outcome.FUNCTION_ERROR, Duration.ofMillis(20), null));
        metrics.throttled("orders", null);

        String text = metrics.scrape();

        assertThat(text).contains("barista_lambda_invocations_total{function=\"orders\"} 2.0");
        assertThat(text).contains("barista_lambda_errors_total{function=\"orders\"} 1.0");
        assertThat(text).contains("barista_lambda_throttles_total{function=\"orders\"} 1.0");
        assertThat(text).contains("barista_lambda_cold_starts_total{function=\"orders\"} 1.0");
        assertThat(text).contains("barista_lambda_duration_seconds_count{function=\"orders\"} 2");
        assertThat(text).contains("barista_lambda_duration_seconds_sum{function=\"orders\"} 0.32");
        assertThat(text)
                .containsPattern("barista_lambda_duration_seconds_bucket\\{function=\"orders\",le=\"[0-9.]+\"}");
    }

    @Test
    void thePoolIsReadAtEachScrape() {
        // Micrometer holds gauges' objects weakly: they must survive a collection.
        System.gc();
        String text = metrics.scrape();

        assertThat(text).contains("barista_environments{state=\"busy\"} 3.0");
        assertThat(text).contains("barista_environments{state=\"idle\"} 2.0");
        assertThat(text).contains("barista_environments{state=\"starting\"} 1.0");
        assertThat(text).contains("barista_environment_starts_total{kind=\"cold\"} 7.0");
        assertThat(text).contains("barista_environment_starts_total{kind=\"warm\"} 11.0");
        assertThat(text).contains("barista_pool_throttles_total 5.0");
        assertThat(text).contains("barista_environment_memory_used_megabytes 640.0");
    }

    @Test
    void queueDepthsComeFromTheHook() {
        metrics.queueDepths(() -> Map.of("orders-queue", 42));

        assertThat(metrics.scrape()).contains("barista_queue_messages{queue=\"orders-queue\"} 42.0");
    }

    private static CompletedInvocation invocation(Outcome outcome, Duration duration, Duration init) {
        return new CompletedInvocation("request", "orders", null, "$LATEST", Instant.parse("2026-11-22T10:00:00Z"),
                duration, init, 1, 128, 30, Architecture.X86_64, outcome);
    }
}
