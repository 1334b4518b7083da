package dev.barista.core.metrics;

import dev.barista.core.invoke.AsyncInvocationObserver;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.InvocationObserver;
import dev.barista.core.scheduler.PoolConcurrency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Publishes what Lambda publishes in the {@code AWS/Lambda} namespace, at one-minute resolution, under the
 * dimension sets Lambda uses: none (all functions), {@code FunctionName}, {@code FunctionName}+{@code Resource}
 * (for an invocation that named a qualifier; the value is {@code function:qualifier}), and, for an invocation
 * through an alias, {@code FunctionName}+{@code Resource}+{@code ExecutedVersion}.
 *
 * <ul>
 *   <li>{@code Invocations} (1 each), {@code Errors} (1 for a function error, timeout or crash, else 0) and
 *       {@code Duration} (milliseconds), timestamped when the handler was given the event.</li>
 *   <li>{@code Throttles} (1 each), without {@code ExecutedVersion}: nothing ran.</li>
 *   <li>{@code ConcurrentExecutions} (all functions and by function) and {@code UnreservedConcurrentExecutions}
 *       (all functions): the pool's leased environments, sampled at every completed invocation and whenever
 *       {@link #sampleConcurrency()} is called (the server calls it every second); read them with
 *       {@code Maximum}. A sample of zero is not recorded.</li>
 *   <li>The asynchronous facts of {@link AsyncInvocationObserver}, as they are reported.</li>
 * </ul>
 *
 * <p>Thread-safe; never throws into the invocation path.
 */
public final class LambdaMetricsPublisher implements InvocationObserver, AsyncInvocationObserver {
    public static final String NAMESPACE = "AWS/Lambda";
    private static final System.Logger LOGGER = System.getLogger(LambdaMetricsPublisher.class.getName());
    /** Past this many cached series lists (functions x qualifiers x versions x metrics) the cache starts over. */
    private static final int MAXIMUM_CACHED = 4096;
    private static final MetricSeries CONCURRENT_EXECUTIONS = MetricSeries.of(NAMESPACE, "ConcurrentExecutions");
    private static final MetricSeries UNRESERVED_CONCURRENT_EXECUTIONS =
            MetricSeries.of(NAMESPACE, "UnreservedConcurrentExecutions");

    private final MetricService metrics;
    private final Supplier<PoolConcurrency> concurrency;
    private final Clock clock;
    /** The series of each metric of each invocation target, built once: building sorts and copies dimensions. */
    private final ConcurrentHashMap<Target, List<MetricSeries>> series = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, MetricSeries> concurrencyByFunction = new ConcurrentHashMap<>();

    /** What one metric of one invocation is recorded under; qualifier and version may be null. */
    private record Target(String metricName, String functionName, String qualifier, String executedVersion) {
    }

    /** @param concurrency samples the pool's concurrency */
    public LambdaMetricsPublisher(MetricService metrics, Supplier<PoolConcurrency> concurrency, Clock clock) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.concurrency = Objects.requireNonNull(concurrency, "concurrency");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void completed(CompletedInvocation invocation) {
        guarded(() -> {
            String functionName = invocation.functionName();
            String qualifier = invocation.invokedQualifier();
            String version = invocation.executedVersion();
            Instant at = invocation.started();
            record(series("Invocations", functionName, qualifier, version), at, StandardUnit.COUNT, 1);
            record(series("Errors", functionName, qualifier, version), at, StandardUnit.COUNT,
                    invocation.outcome().error() ? 1 : 0);
            record(series("Duration", functionName, qualifier, version), at, StandardUnit.MILLISECONDS,
                    invocation.duration().toNanos() / 1e6);
            sample(concurrency.get(), clock.instant());
        });
    }

    @Override
    public void throttled(String functionName, String invokedQualifier) {
        count("Throttles", functionName, invokedQualifier);
    }

    /** Records the pool's concurrency now. */
    public void sampleConcurrency() {
        guarded(() -> sample(concurrency.get(), clock.instant()));
    }

    @Override
    public void received(String functionName, String qualifier) {
        count("AsyncEventsReceived", functionName, qualifier);
    }

    @Override
    public void invoked(String functionName, String qualifier, Duration age) {
        guarded(() -> {
            record(series("AsyncEventAge", functionName, qualifier, null), clock.instant(),
                    StandardUnit.MILLISECONDS, age.toNanos() / 1e6);
        });
    }

    @Override
    public void dropped(String functionName, String qualifier) {
        count("AsyncEventsDropped", functionName, qualifier);
    }

    @Override
    public void deadLetterFailed(String functionName, String qualifier) {
        count("DeadLetterErrors", functionName, qualifier);
    }

    @Override
    public void destinationDeliveryFailed(String functionName, String qualifier) {
        count("DestinationDeliveryFailures", functionName, qualifier);
    }

    /**
     * The dimension sets of one invocation of a function.
     *
     * @param qualifier the invoked qualifier, or null
     * @param executedVersion the version that ran, or null when none did
     */
    static List<List<Dimension>> dimensions(String functionName, String qualifier, String executedVersion) {
        List<List<Dimension>> sets = new ArrayList<>(4);
        Dimension function = new Dimension("FunctionName", functionName);
        sets.add(List.of());
        sets.add(List.of(function));
        if (qualifier != null) {
            Dimension resource = new Dimension("Resource", functionName + ":" + qualifier);
            sets.add(List.of(function, resource));
            if (executedVersion != null && isAlias(qualifier)) {
                sets.add(List.of(function, resource, new Dimension("ExecutedVersion", executedVersion)));
            }
        }
        return sets;
    }

    private static boolean isAlias(String qualifier) {
        return !qualifier.equals("$LATEST") && !qualifier.chars().allMatch(Character::isDigit);
    }

    private void sample(PoolConcurrency sample, Instant at) {
        if (sample.total() > 0) {
            metrics.record(CONCURRENT_EXECUTIONS, at, StandardUnit.COUNT, sample.total());
        }
        sample.byFunction().forEach((functionName, leased) -> metrics.record(concurrencyOf(functionName), at,
                StandardUnit.COUNT, leased));
        if (sample.unreserved() > 0) {
            metrics.record(UNRESERVED_CONCURRENT_EXECUTIONS, at, StandardUnit.COUNT, sample.unreserved());
        }
    }

    private void count(String metricName, String functionName, String qualifier) {
        guarded(() -> record(series(metricName, functionName, qualifier, null), clock.instant(), StandardUnit.COUNT,
                1));
    }

    private void record(List<MetricSeries> targets, Instant at, StandardUnit unit, double value) {
        for (MetricSeries target : targets) {
            metrics.record(target, at, unit, value);
        }
    }

    /** The metric under each dimension set of {@link #dimensions}. */
    private List<MetricSeries> series(String metricName, String functionName, String qualifier,
            String executedVersion) {
        return cached(series, new Target(metricName, functionName, qualifier, executedVersion),
                target -> dimensions(functionName, qualifier, executedVersion).stream()
                        .map(dimensions -> new MetricSeries(NAMESPACE, metricName, dimensions)).toList());
    }

    private MetricSeries concurrencyOf(String functionName) {
        return cached(concurrencyByFunction, functionName, name -> MetricSeries.of(NAMESPACE, "ConcurrentExecutions",
                new Dimension("FunctionName", name)));
    }

    /** The cached value, made and kept when missing; a cache that has grown too large starts over. */
    private static <K, V> V cached(ConcurrentHashMap<K, V> cache, K key, Function<K, V> make) {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= MAXIMUM_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, make);
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            LOGGER.log(System.Logger.Level.WARNING, "Recording a Lambda metric failed", failure);
        }
    }
}
