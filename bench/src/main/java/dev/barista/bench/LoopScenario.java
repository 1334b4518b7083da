package dev.barista.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario "loop" (not in the default list): what each runtime client alone costs per event. A no-op function of
 * python3.11, nodejs20.x and java21 is invoked once through Barista, so that its environment's command line,
 * environment and working directory can be read from /proc; the bench then starts that command itself against a
 * {@link MiniRuntimeApi} that hands out the next event at once (see {@link BareRuntime#loop}). Three rounds, the
 * runtimes interleaved within each, so that a disturbance of the shared machine shows as one odd round.
 */
final class LoopScenario {
    private static final int ROUNDS = 3;

    private record Subject(String runtime, String function, String handler, byte[] zip, String marker) {
    }

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;

    LoopScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
    }

    void run() throws Exception {
        report.section("Runtime client loops (no Barista)");
        if (options.serverPid() <= 0) {
            report.note("Skipped: the environments' command lines are read from /proc, which needs --server-pid.");
            return;
        }
        List<Subject> subjects = List.of(
                new Subject("python3.11", "bench-loop-python", FunctionPackages.PYTHON_HANDLER,
                        FunctionPackages.python(), "bootstrap.py"),
                new Subject("nodejs20.x", "bench-loop-node", FunctionPackages.NODE_HANDLER, FunctionPackages.node(),
                        "bootstrap.cjs"),
                new Subject("java21", "bench-loop-java", FunctionPackages.JAVA_HANDLER, FunctionPackages.java(),
                        "AWSLambda"));
        List<Subject> captured = new ArrayList<>();
        List<BareRuntime.Launch> launches = new ArrayList<>();
        for (Subject subject : subjects) {
            lambda.deleteFunction(subject.function());
            lambda.createFunction(subject.function(), subject.runtime(), subject.handler(), subject.zip(), 128, 30,
                    Map.of());
            LambdaClient.Invocation first = lambda.invoke(subject.function(), "{}");
            Optional<BareRuntime.Launch> launch = BareRuntime.capture(options.serverPid(), subject.function(),
                    subject.marker());
            if (first.succeeded() && launch.isPresent()) {
                captured.add(subject);
                launches.add(launch.get());
            } else {
                report.note(subject.runtime() + ": no environment to copy (" + (first.succeeded()
                        ? "not found in /proc" : Report.abbreviate(first.describeFailure(), 160)) + ").");
            }
        }
        report.table("Round", "Runtime", "Events/s", "p50 ms", "p99 ms", "CPU µs / event",
                "CPU % other tenants (machine)");
        Path scratch = Files.createTempDirectory("barista-bench-loop");
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                for (int index = 0; index < captured.size(); index++) {
                    cpu.settle(20, 20_000);
                    CpuMeter.Snapshot before = cpu.snapshot();
                    BareRuntime.Loop loop = BareRuntime.loop(launches.get(index), scratch, options.warmup(),
                            options.measure());
                    CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
                    report.row(Integer.toString(round), captured.get(index).runtime(),
                            String.format("%,.0f", loop.eventsPerSecond()),
                            Report.millis(Percentiles.of(loop.cycles(), 50) / 1e6),
                            Report.millis(Percentiles.of(loop.cycles(), 99) / 1e6),
                            String.format("%.0f", loop.cpuMicrosPerEvent()),
                            String.format("%.0f (%.0f)", usage.other(), usage.machine()));
                }
            }
        } finally {
            Directories.delete(scratch);
            for (Subject subject : subjects) {
                lambda.deleteFunction(subject.function());
            }
        }
        report.endTable();
        report.note("Each row: the environment's own command line started by the bench against a minimal Runtime "
                + "API in the bench process (JDK HttpServer) that hands out the next event ({}) at once, for "
                + options.warmup().toMillis() / 1000.0 + " s of warm-up and " + options.measure().toMillis() / 1000.0
                + " s measured. Latency is the time between two responses; CPU µs / event is the runtime process's "
                + "CPU time over the measured events; other tenants' CPU is over the whole row (start included).");
    }
}
