package dev.barista.bench;

import dev.barista.core.environment.EnvironmentLauncher;
import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import dev.barista.core.scheduler.EnvironmentPool;
import dev.barista.core.scheduler.Lease;
import dev.barista.core.scheduler.PoolSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the scheduler costs a warm invoke as the pool grows: {@link EnvironmentPool#acquire} of a function's idle
 * environment and the lease's release, in one thread, with the environment alone in the pool (the baseline) and
 * with hundreds of other functions' idle environments beside it. No processes: environments whose processes do
 * nothing. Prints a Markdown table.
 *
 * <pre>java -cp 'bench/target/barista-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*' dev.barista.bench.PlacementBench</pre>
 */
public final class PlacementBench {
    private static final int[] POOL_SIZES = {1, 128, 1000};
    private static final int ACQUIRES = 200_000;
    private static final int ROUNDS = 5;

    private PlacementBench() {
    }

    public static void main(String[] args) {
        System.out.println("| Environments in the pool | µs per acquire + release (median of " + ROUNDS
                + " rounds of " + ACQUIRES + ") | x the pool of 1 |");
        System.out.println("|---|---|---|");
        double baseline = 0;
        // The first pass warms the JIT up and is not printed.
        for (int pass = 0; pass < 2; pass++) {
            for (int size : POOL_SIZES) {
                double micros = measure(size);
                if (size == 1) {
                    baseline = micros;
                }
                if (pass == 1) {
                    System.out.printf("| %,d | %.2f | %.1fx |%n", size, micros, micros / baseline);
                }
            }
        }
    }

    private static double measure(int poolSize) {
        PoolSettings settings = new PoolSettings(Duration.ofMinutes(10), 1_000_000, 100_000,
                PoolSettings.DEFAULT_INIT_TIMEOUT);
        try (EnvironmentPool pool = new EnvironmentPool(new IdleLauncher(), settings, Clock.systemUTC(), Map::of)) {
            List<Lease> leases = new ArrayList<>();
            for (int index = 0; index < poolSize; index++) {
                FunctionConfiguration function = function("function-" + index);
                leases.add(pool.acquire(function, spec(function)));
            }
            leases.forEach(Lease::release);
            FunctionConfiguration target = function("function-0");
            Function<String, EnvironmentSpec> targetSpec = spec(target);
            double[] rounds = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long started = System.nanoTime();
                for (int index = 0; index < ACQUIRES; index++) {
                    pool.acquire(target, targetSpec).release();
                }
                rounds[round] = (System.nanoTime() - started) / 1_000.0 / ACQUIRES;
            }
            java.util.Arrays.sort(rounds);
            return rounds[ROUNDS / 2];
        }
    }

    private static FunctionConfiguration function(String name) {
        return new FunctionConfiguration(name, FunctionConfiguration.LATEST, Runtime.PYTHON312,
                "arn:aws:iam::000000000000:role/bench", "index.handler", "", 3, 128, 512, Map.of(),
                Architecture.X86_64, new CodeArtifact("c2hh", 1, 1), Instant.EPOCH, "revision-1",
                FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }

    private static Function<String, EnvironmentSpec> spec(FunctionConfiguration function) {
        return environmentId -> new EnvironmentSpec(environmentId, function, Path.of("/nonexistent"), Map.of(),
                line -> { });
    }

    /** Launches environments that are ready at once and whose processes do nothing. */
    private static final class IdleLauncher implements EnvironmentLauncher {
        @Override
        public Set<Runtime> installedRuntimes() {
            return Set.of(Runtime.PYTHON312);
        }

        @Override
        public EnvironmentProcess launch(EnvironmentSpec spec) {
            return new EnvironmentProcess() {
                @Override
                public String environmentId() {
                    return spec.environmentId();
                }

                @Override
                public InitOutcome awaitInit(Duration timeout) {
                    return new InitOutcome.Ready();
                }

                @Override
                public InvocationOutcome invoke(InvocationPayload payload, Instant deadline) {
                    throw new UnsupportedOperationException("the placement bench invokes nothing");
                }

                @Override
                public long peakMemoryBytes() {
                    return 0;
                }

                @Override
                public void destroy() {
                }
            };
        }
    }
}
