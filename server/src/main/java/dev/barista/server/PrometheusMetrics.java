package dev.barista.server;

import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.InvocationObserver;
import dev.barista.core.scheduler.PoolStatistics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Barista's figures for Prometheus, served at {@code GET /_barista/metrics}: the Lambda figures CloudWatch also has
 * ({@code barista_lambda_invocations_total}, {@code _errors_total}, {@code _throttles_total}, the
 * {@code barista_lambda_duration_seconds} histogram and {@code barista_lambda_cold_starts_total}, by function) and
 * Barista's own: execution environments by state, environment starts (cold and warm), pool throttles and memory.
 * Queue depths come from SQS through {@link #queueDepths}. Thread-safe.
 */
final class PrometheusMetrics implements InvocationObserver {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MultiGauge queueDepths = MultiGauge.builder("barista.queue.messages")
            .description("Messages in each queue").register(registry);
    private volatile Supplier<Map<String, ? extends Number>> queueDepthSource = Map::of;
    /** Held here: Micrometer keeps only a weak reference to the object a gauge reads. */
    private final Supplier<PoolStatistics> pool;
    private final ConcurrentHashMap<String, FunctionMeters> functions = new ConcurrentHashMap<>();

    /** @param pool the execution environment pool's statistics, read at each scrape */
    PrometheusMetrics(Supplier<PoolStatistics> pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        environments("starting", pool, PoolStatistics::starting);
        environments("idle", pool, PoolStatistics::idle);
        environments("busy", pool, PoolStatistics::busy);
        environments("stopping", pool, PoolStatistics::stopping);
        FunctionCounter.builder("barista.environment.starts", pool, statistics -> statistics.get().coldStarts())
                .tag("kind", "cold").description("Invocations that started a new environment").register(registry);
        FunctionCounter.builder("barista.environment.starts", pool, statistics -> statistics.get().warmStarts())
                .tag("kind", "warm").description("Invocations that reused a warm environment").register(registry);
        FunctionCounter.builder("barista.pool.throttles", pool, statistics -> statistics.get().throttles())
                .description("Invocations refused for concurrency or memory").register(registry);
        Gauge.builder("barista.environment.memory.used", pool, statistics -> statistics.get().memoryInUseMegabytes())
                .baseUnit("megabytes").description("Declared memory of live environments").register(registry);
        Gauge.builder("barista.environment.memory.budget", pool,
                        statistics -> statistics.get().memoryBudgetMegabytes())
                .baseUnit("megabytes").description("Memory environments may have together").register(registry);
    }

    @Override
    public void completed(CompletedInvocation invocation) {
        FunctionMeters meters = metersOf(invocation.functionName());
        meters.invocations().increment();
        if (invocation.outcome().error()) {
            meters.errors().increment();
        }
        if (invocation.coldStart()) {
            meters.coldStarts().increment();
        }
        meters.duration().record(invocation.duration());
    }

    /** One function's meters, registered on its first invocation (a registry lookup costs microseconds). */
    private FunctionMeters metersOf(String functionName) {
        FunctionMeters known = functions.get(functionName);
        return known != null ? known : functions.computeIfAbsent(functionName, name -> {
            Tags function = Tags.of("function", name);
            return new FunctionMeters(Counter.builder("barista.lambda.invocations").tags(function).register(registry),
                    Counter.builder("barista.lambda.errors").tags(function).register(registry),
                    Counter.builder("barista.lambda.cold.starts").tags(function).register(registry),
                    Timer.builder("barista.lambda.duration").tags(function).publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(15))
                            .register(registry));
        });
    }

    private record FunctionMeters(Counter invocations, Counter errors, Counter coldStarts, Timer duration) {
    }

    @Override
    public void throttled(String functionName, String invokedQualifier) {
        Counter.builder("barista.lambda.throttles").tag("function", functionName).register(registry).increment();
    }

    /**
     * The hook for queue depths (SQS): the supplier, asked at each scrape, names each queue's message count; they
     * are exposed as {@code barista_queue_messages{queue="..."}}.
     */
    void queueDepths(Supplier<Map<String, ? extends Number>> depths) {
        this.queueDepthSource = Objects.requireNonNull(depths, "depths");
    }

    /** Every meter in Prometheus' text format (version 0.0.4). */
    String scrape() {
        queueDepths.register(queueDepthSource.get().entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("queue", entry.getKey()), entry.getValue()))
                .toList(), true);
        return registry.scrape();
    }

    private void environments(String state, Supplier<PoolStatistics> pool, ToDoubleFunction<PoolStatistics> count) {
        Gauge.builder("barista.environments", pool, statistics -> count.applyAsDouble(statistics.get()))
                .tag("state", state).description("Execution environments by state").register(registry);
    }

}
