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

    private final MetricService metrics;
    private final Supplier<PoolConcurrency> concurrency;
    private final Clock clock;

    /** @param concurrency samples the pool's concurrency */
    public LambdaMetricsPublisher(MetricService metrics, Supplier<PoolConcurrency> concurrency, Clock clock) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.concurrency = Objects.requireNonNull(concurrency, "concurrency");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void completed(CompletedInvocation invocation) {
        guarded(() -> {
            List<List<Dimension>> dimensions = dimensions(invocation.functionName(), invocation.invokedQualifier(),
                    invocation.executedVersion());
            Instant at = invocation.started();
            double milliseconds = invocation.duration().toNanos() / 1e6;
            for (List<Dimension> set : dimensions) {
                record("Invocations", set, at, StandardUnit.COUNT, 1);
                record("Errors", set, at, StandardUnit.COUNT, invocation.outcome().error() ? 1 : 0);
                record("Duration", set, at, StandardUnit.MILLISECONDS, milliseconds);
            }
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
            Instant now = clock.instant();
            for (List<Dimension> set : dimensions(functionName, qualifier, null)) {
                record("AsyncEventAge", set, now, StandardUnit.MILLISECONDS, age.toNanos() / 1e6);
            }
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
            record("ConcurrentExecutions", List.of(), at, StandardUnit.COUNT, sample.total());
        }
        sample.byFunction().forEach((functionName, leased) -> record("ConcurrentExecutions",
                List.of(new Dimension("FunctionName", functionName)), at, StandardUnit.COUNT, leased));
        if (sample.unreserved() > 0) {
            record("UnreservedConcurrentExecutions", List.of(), at, StandardUnit.COUNT, sample.unreserved());
        }
    }

    private void count(String metricName, String functionName, String qualifier) {
        guarded(() -> {
            Instant now = clock.instant();
            for (List<Dimension> set : dimensions(functionName, qualifier, null)) {
                record(metricName, set, now, StandardUnit.COUNT, 1);
            }
        });
    }

    private void record(String metricName, List<Dimension> dimensions, Instant at, StandardUnit unit, double value) {
        metrics.record(new MetricSeries(NAMESPACE, metricName, dimensions), at, unit, value);
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            LOGGER.log(System.Logger.Level.WARNING, "Recording a Lambda metric failed", failure);
        }
    }
}
