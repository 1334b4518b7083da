package dev.barista.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A runtime process exactly as Barista started it (command line, environment and working directory read from
 * /proc), started again by the bench outside Barista against a {@link MiniRuntimeApi}. The environment's private
 * temporary directory is replaced by the bench's, and an AOT recording is left out.
 */
final class BareRuntime {
    /** What Barista ran for one environment. */
    record Launch(List<String> command, Map<String, String> environment, Path directory) {
        boolean usesAotCache() {
            return command.stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
        }
    }

    /** The per-event cycle of a runtime client looping on an instant Runtime API. */
    record Loop(long[] cycles, double seconds, long cpuTicks) {
        /** CPU time of the runtime process (and its children) per event, in microseconds. */
        double cpuMicrosPerEvent() {
            return cycles.length == 0 ? Double.NaN
                    : cpuTicks * 1e6 / ProcFs.TICKS_PER_SECOND / cycles.length;
        }

        double eventsPerSecond() {
            return cycles.length / seconds;
        }
    }

    private BareRuntime() {
    }

    static Optional<Launch> capture(long serverPid, String function, String marker) {
        if (serverPid <= 0) {
            return Optional.empty();
        }
        return ProcFs.environmentProcess(serverPid, function, marker).map(pid -> new Launch(
                ProcFs.commandLine(pid), ProcFs.environment(pid),
                ProcFs.workingDirectory(pid).orElse(Path.of("/"))));
    }

    /** Spawn to first response, in ms ({@code keepCache} keeps an {@code -XX:AOTCache} option). */
    static double firstResponseMillis(Launch launch, boolean keepCache, Path scratch) throws Exception {
        try (MiniRuntimeApi api = new MiniRuntimeApi()) {
            long start = System.nanoTime();
            Process process = start(launch, keepCache, scratch, api);
            try {
                long answered = api.answered().get(30, TimeUnit.SECONDS);
                return (answered - start) / 1e6;
            } catch (TimeoutException slow) {
                throw new IOException("bare runtime client did not answer in 30 s: " + launch.command());
            } finally {
                stop(process);
            }
        }
    }

    /**
     * Runs the runtime client against a continuous {@link MiniRuntimeApi} for warm-up plus measure; returns the
     * times between consecutive responses during the measurement.
     */
    static Loop loop(Launch launch, Path scratch, Duration warmup, Duration measure) throws Exception {
        try (MiniRuntimeApi api = new MiniRuntimeApi(true)) {
            Process process = start(launch, true, scratch, api);
            try {
                api.answered().get(30, TimeUnit.SECONDS);
                long from = System.nanoTime() + warmup.toNanos();
                long to = from + measure.toNanos();
                Thread.sleep(Math.max(0, (from - System.nanoTime()) / 1_000_000));
                long cpuBefore = processTreeTicks(process);
                Thread.sleep(Math.max(0, (to - System.nanoTime()) / 1_000_000));
                long cpuAfter = processTreeTicks(process);
                long[] times = api.responseTimes();
                List<Long> cycles = new ArrayList<>();
                for (int i = 1; i < times.length; i++) {
                    if (times[i - 1] >= from && times[i] <= to) {
                        cycles.add(times[i] - times[i - 1]);
                    }
                }
                long[] sorted = cycles.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(sorted);
                return new Loop(sorted, measure.toNanos() / 1e9, cpuAfter - cpuBefore);
            } finally {
                stop(process);
            }
        }
    }

    private static Process start(Launch launch, boolean keepCache, Path scratch, MiniRuntimeApi api)
            throws IOException {
        Path temporary = Files.createDirectories(scratch.resolve("tmp"));
        List<String> command = new ArrayList<>();
        for (String argument : launch.command()) {
            if (argument.startsWith("-XX:AOTMode=") || argument.startsWith("-XX:AOTConfiguration=")
                    || (!keepCache && argument.startsWith("-XX:AOTCache="))) {
                continue;
            }
            command.add(argument.startsWith("-Djava.io.tmpdir=") ? "-Djava.io.tmpdir=" + temporary : argument);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(launch.directory().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(launch.environment());
        environment.put("AWS_LAMBDA_RUNTIME_API", api.address());
        environment.put("TMPDIR", temporary.toString());
        // Barista's framed log channel (a FIFO opened by its startup script) does not exist outside Barista.
        environment.remove("_LAMBDA_TELEMETRY_LOG_FD");
        return builder.start();
    }

    private static long processTreeTicks(Process process) {
        long ticks = ProcFs.cpuTicks(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            ticks += ProcFs.cpuTicks(child.pid());
        }
        return ticks;
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
