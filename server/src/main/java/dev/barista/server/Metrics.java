package dev.barista.server;

import dev.barista.aws.cloudwatch.CloudWatch;
import dev.barista.core.invoke.InvocationObserver;
import dev.barista.core.metrics.LambdaMetricsPublisher;
import dev.barista.core.metrics.MetricService;
import dev.barista.core.metrics.MetricStore;
import dev.barista.core.scheduler.EnvironmentPool;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A node's metrics: CloudWatch's ({@link MetricService} with the {@code AWS/Lambda} publisher, served by the
 * CloudWatch API) and Prometheus'. One thread samples the pool's concurrency every second, flushes the minute
 * aggregates to the store every {@link #FLUSH_INTERVAL} and purges those past the retention hourly;
 * {@link #close} stops it and flushes what is left.
 */
final class Metrics implements AutoCloseable {
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);
    private static final System.Logger LOGGER = System.getLogger(Metrics.class.getName());

    private final MetricService service;
    private final LambdaMetricsPublisher lambda;
    private final PrometheusMetrics prometheus;
    private final ScheduledExecutorService scheduler;

    private Metrics(MetricService service, LambdaMetricsPublisher lambda, PrometheusMetrics prometheus,
                    ScheduledExecutorService scheduler) {
        this.service = service;
        this.lambda = lambda;
        this.prometheus = prometheus;
        this.scheduler = scheduler;
    }

    static Metrics start(MetricStore store, EnvironmentPool pool, Duration retention, Clock clock) {
        MetricService service = new MetricService(store, retention, clock);
        LambdaMetricsPublisher lambda = new LambdaMetricsPublisher(service, pool::concurrency, clock);
        PrometheusMetrics prometheus = new PrometheusMetrics(pool::statistics);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("barista-metrics").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> guarded("sampling concurrency", lambda::sampleConcurrency),
                1, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> guarded("flushing metrics", service::flush),
                FLUSH_INTERVAL.toMillis(), FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> guarded("purging expired metrics", service::purgeExpired),
                0, 1, TimeUnit.HOURS);
        return new Metrics(service, lambda, prometheus, scheduler);
    }

    /** Tells CloudWatch's {@code AWS/Lambda} and Prometheus of every invocation. */
    InvocationObserver observer() {
        return InvocationObserver.all(List.of(lambda, prometheus));
    }

    /** The recorder of asynchronous invocation facts ({@code AsyncEventsReceived}, ...). */
    LambdaMetricsPublisher lambda() {
        return lambda;
    }

    CloudWatch cloudWatch() {
        return new CloudWatch(service);
    }

    PrometheusMetrics prometheus() {
        return prometheus;
    }

    /** Stops the schedule and flushes what is left. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        service.flush();
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            // The schedule must go on: a failed flush keeps its samples for the next one.
            LOGGER.log(Level.WARNING, what + " failed", failure);
        }
    }
}
