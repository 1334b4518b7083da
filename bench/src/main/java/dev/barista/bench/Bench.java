package dev.barista.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * End-to-end benchmarks of a running Barista server, each figure beside a baseline measured in the same run:
 * warm invokes against a bare HTTP round trip, cold starts against the bare runtime processes, a burst of first
 * invokes, and the cost of logs (a function printing 10 lines against one printing none; FilterLogEvents over one
 * million events). See bench/README.md; bench/run.sh builds, starts the server and runs this.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] arguments) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(arguments);
        } catch (IllegalArgumentException bad) {
            if (!bad.getMessage().isEmpty()) {
                System.err.println("bench: " + bad.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        CpuMeter cpu = new CpuMeter(options.serverPid());
        // On a shared machine, start once it is quiet (at most 60 s of waiting); the report says what it found.
        cpu.settle(25, 60_000);
        CpuMeter.Snapshot idleFrom = cpu.snapshot();
        Thread.sleep(1000);
        CpuMeter.Usage idle = cpu.between(idleFrom, cpu.snapshot());
        Report report = new Report();
        report.title("Barista benchmark, " + LocalDate.now());
        report.note(String.format("""
                - Date: %s
                - Machine: %d cores, %s, %.1f GiB RAM; the load generator and the server share the cores
                - Barista: %s
                - Bench JVM: %s %s; server: %s (pid %s)
                - Machine CPU in the second before the bench began: %.0f %% of one core (other tenants: %.0f %%)
                - Warm points: %.1f s warm-up, %.1f s measured; clients %s. Cold starts: %d samples each \
                (plus one discarded). Burst: %d concurrent first invokes.""",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), ProcFs.cpuModel(), ProcFs.memTotalKilobytes() / 1048576.0,
                options.label().isEmpty() ? "unknown build" : options.label(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                "http://" + options.server().getHostString() + ":" + options.server().getPort(),
                options.serverPid() > 0 ? Long.toString(options.serverPid()) : "unknown", idle.machine(), idle.other(),
                options.warmup().toMillis() / 1000.0, options.measure().toMillis() / 1000.0, options.clients(),
                options.coldSamples(), options.burst()));
        try (LambdaClient lambda = new LambdaClient(options.server())) {
            if (options.scenarios().contains("warm")) {
                new WarmScenario(options, lambda, cpu, report).run();
                cpu.settle(20, 30_000);
            }
            if (options.scenarios().contains("cold")) {
                new ColdStartScenario(options, lambda, cpu, report).run();
                cpu.settle(20, 30_000);
            }
            if (options.scenarios().contains("burst")) {
                new BurstScenario(options, lambda, cpu, report).run();
                cpu.settle(20, 30_000);
            }
            if (options.scenarios().contains("sqs")) {
                java.util.List<SqsScenario.Target> targets = new java.util.ArrayList<>();
                targets.add(new SqsScenario.Target("Barista", options.server(), cpu));
                if (options.elasticMq() != null) {
                    targets.add(new SqsScenario.Target("ElasticMQ 1.7.1", options.elasticMq(),
                            new CpuMeter(options.elasticMqPid())));
                }
                new SqsScenario(options, report, targets).run();
            }
            if (options.scenarios().contains("logs")) {
                cpu.settle(20, 30_000);
                new LogsScenario(options, lambda, cpu, report).run();
            }
            if (options.scenarios().contains("loop")) {
                cpu.settle(20, 30_000);
                new LoopScenario(options, lambda, cpu, report).run();
            }
            if (options.scenarios().contains("esm")) {
                cpu.settle(20, 30_000);
                new EsmScenario(options, lambda, cpu, report).run();
            }
        }
        report.summary();
        if (options.output() != null) {
            report.write(options.output());
            System.out.println("\nwritten to " + options.output());
        }
    }
}
