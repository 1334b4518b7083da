package dev.barista.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scenario 1: warm invokes of a no-op function (python and java) at each concurrency, beside a bare HTTP round
 * trip to the same server ({@code GET /_barista/health}) at the same concurrency, and beside the relay floors: the
 * same request through a minimal relay in the bench to a minimal echo process (C, then python) and back
 * ({@link RelayFloor}), what any design that runs functions in separate processes behind the Runtime API pays.
 */
final class WarmScenario {
    static final String PYTHON = "bench-warm-python";
    static final String JAVA = "bench-warm-java";

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;

    WarmScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
    }

    void run() throws Exception {
        report.section("1. Warm invoke of a no-op function");
        lambda.deleteFunction(PYTHON);
        lambda.deleteFunction(JAVA);
        lambda.createFunction(PYTHON, "python3.11", FunctionPackages.PYTHON_HANDLER, FunctionPackages.python(),
                128, 30, Map.of());
        lambda.createFunction(JAVA, "java21", FunctionPackages.JAVA_HANDLER, FunctionPackages.java(), 128, 30,
                Map.of());
        int environments = options.maxClients();
        // Python starts all its environments at once. Java starts at most 16 at a time: 64 JVMs starting together
        // on 2 cores each take longer than Lambda's 10 s init limit. {"sleepMs"} holds the warm ones busy meanwhile.
        String pythonWarm = prewarm(PYTHON, "{}", environments, "bootstrap.py", environments);
        String javaWarm = prewarm(JAVA, "{\"sleepMs\":1000}", environments, "AWSLambda", 16);
        report.note("Pre-warm, so that each client finds a warm environment: python: " + pythonWarm + ". java: "
                + javaWarm + ".");
        Optional<BareRuntime.Launch> pythonLaunch = BareRuntime.capture(options.serverPid(), PYTHON, "bootstrap.py");
        Optional<BareRuntime.Launch> javaLaunch = BareRuntime.capture(options.serverPid(), JAVA, "AWSLambda");
        cpu.settle(20, 20_000);
        try (Floors floors = Floors.start(environments, pythonInterpreter(pythonLaunch))) {
            measure(floors, pythonLaunch, javaLaunch);
        }
        report.note("Relay floor processes stopped: " + (ProcFs.descendants(ProcessHandle.current().pid()).isEmpty()
                ? "none of the bench's child processes is left." : "some of the bench's child processes are still alive."));

        lambda.deleteFunction(PYTHON);
        lambda.deleteFunction(JAVA);
    }

    /** The relay floors' relays and echo processes, one per client at most; C is absent when {@code cc} fails. */
    private record Floors(RelayFloor cRelay, Optional<EchoProcesses> cEchoes, RelayFloor pythonRelay,
                          EchoProcesses pythonEchoes) implements AutoCloseable {
        static Floors start(int environments, String pythonInterpreter) throws Exception {
            RelayFloor cRelay = new RelayFloor();
            RelayFloor pythonRelay = new RelayFloor();
            Optional<EchoProcesses> cEchoes = Optional.empty();
            try {
                cEchoes = EchoProcesses.c(cRelay, environments);
                return new Floors(cRelay, cEchoes, pythonRelay,
                        EchoProcesses.python(pythonInterpreter, pythonRelay, environments));
            } catch (Exception failed) {
                cRelay.close();
                pythonRelay.close();
                if (cEchoes.isPresent()) {
                    cEchoes.get().close();
                }
                throw failed;
            }
        }

        @Override
        public void close() throws InterruptedException {
            cRelay.close();
            pythonRelay.close();
            if (cEchoes.isPresent()) {
                cEchoes.get().close();
            }
            pythonEchoes.close();
        }
    }

    /** The interpreter Barista runs the python environments with (from /proc), else {@code python3.11}. */
    private static String pythonInterpreter(Optional<BareRuntime.Launch> pythonLaunch) {
        return pythonLaunch.flatMap(launch -> launch.command().stream()
                .filter(argument -> Path.of(argument).getFileName().toString().startsWith("python")).findFirst())
                .orElse("python3.11");
    }

    private void measure(Floors floors, Optional<BareRuntime.Launch> pythonLaunch,
                         Optional<BareRuntime.Launch> javaLaunch) throws Exception {
        LoadGenerator load = new LoadGenerator(lambda.address(), cpu);
        CpuMeter relayCpu = CpuMeter.relay(RelayFloor.THREAD_PREFIX);
        LoadGenerator cFloor = new LoadGenerator(floors.cRelay().clientAddress(), relayCpu);
        LoadGenerator pythonFloor = new LoadGenerator(floors.pythonRelay().clientAddress(), relayCpu);
        byte[] cFloorRequest = LambdaClient.invokeRequest(floors.cRelay().clientAddress(), "floor", "{}", false);
        byte[] pythonFloorRequest = LambdaClient.invokeRequest(floors.pythonRelay().clientAddress(), "floor", "{}",
                false);
        byte[] health = HttpConnection.request("GET", "/_barista/health", lambda.address(), null, Map.of());
        byte[] python = LambdaClient.invokeRequest(lambda.address(), PYTHON, "{}", false);
        byte[] java = LambdaClient.invokeRequest(lambda.address(), JAVA, "{}", false);

        // The server's invoke path is compiled by the JIT before anything is measured: without this, the first
        // points measure the C2 compiler (40 % of the server's CPU in a profile of the 1-client point).
        JitWarmup.Outcome jit = JitWarmup.run(load, options.serverPid(), List.of(health, python, java),
                options.maxClients());
        long floorJitStart = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            if (floors.cEchoes().isPresent()) {
                cFloor.run("JIT warm-up", cFloorRequest, options.maxClients(), Duration.ZERO, FLOOR_JIT_WARMUP_PER_RUN);
            }
            pythonFloor.run("JIT warm-up", pythonFloorRequest, options.maxClients(), Duration.ZERO,
                    FLOOR_JIT_WARMUP_PER_RUN);
        }
        report.note(String.format("JIT warm-up, unmeasured: health, python and java invokes at %d clients, %s (the "
                + "server JVM compiles its invoke path before the first point); the relay floors twice at %d clients, "
                + "%.1f s (the relay in the bench JVM).", options.maxClients(), jit.describe(), options.maxClients(),
                (System.nanoTime() - floorJitStart) / 1e9));
        report.note("Relay floors: " + floors.pythonEchoes().alive() + " python echo processes ("
                + pythonInterpreter(pythonLaunch) + ")" + floors.cEchoes().map(echoes -> ", " + echoes.alive()
                        + " C echo processes (compiled with cc -O2)").orElse("; no C echo: cc failed or is missing")
                + ", started before the points, one per client connection.");
        cpu.settle(20, 20_000);
        report.table("Clients", "Target", "Requests/s", "p50 ms", "p99 ms", "x bare p50", "Errors",
                "CPU % bench / server / envs / other (machine)", "CPU µs / request server / envs",
                "Server context switches / request");
        List<LoadGenerator.Result> results = new ArrayList<>();
        for (int clients : options.clients()) {
            LoadGenerator.Result bare = point(load, "bare round trip (GET /_barista/health)", health, clients);
            row(bare, bare);
            LoadGenerator.Result py = point(load, "invoke python3.11 no-op", python, clients);
            row(py, bare);
            LoadGenerator.Result jv = point(load, "invoke java21 no-op", java, clients);
            row(jv, bare);
            results.add(bare);
            results.add(py);
            results.add(jv);
            if (floors.cEchoes().isPresent()) {
                LoadGenerator.Result floor = point(cFloor, "relay floor, C echo (no Barista)", cFloorRequest, clients);
                row(floor, bare);
                results.add(floor);
            }
            LoadGenerator.Result floor = point(pythonFloor, "relay floor, python echo (no Barista)",
                    pythonFloorRequest, clients);
            row(floor, bare);
            results.add(floor);
            if (clients == 1) {
                loopRow("python3.11", pythonLaunch, bare);
                loopRow("java21", javaLaunch, bare);
            }
        }
        report.endTable();
        report.note("CPU is in percent of one core over the measurement (this machine has "
                + Runtime.getRuntime().availableProcessors() + " cores): the load generator, the server JVM, the "
                + "environment processes, what else ran on the machine (other), and the whole machine. The load "
                + "generator and the server share the cores. "
                + "CPU µs / request divides the server's and the environments' CPU time by the requests measured. "
                + "Context switches are those of the server JVM's threads (voluntary and involuntary) per measured "
                + "request. \"Bare runtime client loop\" is the environment's own command line (read from /proc) "
                + "started by the bench against a minimal Runtime API in the bench process (JDK HttpServer) that "
                + "hands out the next event at once: the runtime client's own cost per event, without Barista; its "
                + "latency is the time between two responses, its CPU that of the runtime process. "
                + "\"Relay floor\": the same invoke request sent to a minimal relay in the bench JVM (blocking "
                + "sockets, TCP_NODELAY, a platform thread per client connection, no routing, no JSON) that hands its "
                + "body to a separate echo process as the answer to that process's pending GET /next, reads the "
                + "process's POST .../response (pipelined with its next GET /next), answers the client and sends the "
                + "process its 202: client -> relay -> process -> relay -> client, as in an invoke through Barista. "
                + "The echo process is a C program (the cheapest runtime client possible) or a python script on a "
                + "raw socket whose handler returns the event. In these rows the CPU columns read: bench = the load "
                + "generator (the bench JVM without the relay's threads), server = the relay's threads, envs = the "
                + "echo processes; context switches are the relay threads'. The Barista server and its idle "
                + "environments count as other.");
        goals(results);
        floorGoals(results);
    }

    /** The relay floors beside the warm goals: what any design with real processes pays at least. */
    private void floorGoals(List<LoadGenerator.Result> results) {
        LoadGenerator.Result bareOne = find(results, "bare", 1);
        for (String target : List.of("C echo", "python echo")) {
            LoadGenerator.Result one = find(results, target, 1);
            LoadGenerator.Result many = find(results, target, 64);
            if (one == null && many == null) {
                continue;
            }
            StringBuilder text = new StringBuilder("relay floor, " + target + ":");
            if (one != null && bareOne != null) {
                text.append(String.format(" p50 at 1 client %s ms = %.2fx the bare round trip (%s ms);",
                        Report.millis(one.p50Millis()), one.p50Millis() / bareOne.p50Millis(),
                        Report.millis(bareOne.p50Millis())));
            }
            if (many != null) {
                text.append(String.format(" %,.0f requests/s at 64 clients", many.throughput()));
            }
            report.reference(text.toString());
        }
    }

    /** Unmeasured load on each relay floor before the first point, per round (the relay's JIT, in the bench JVM). */
    private static final Duration FLOOR_JIT_WARMUP_PER_RUN = Duration.ofMillis(1500);

    /** One point; measured again once if other tenants of the machine used more than half a core meanwhile. */
    private LoadGenerator.Result point(LoadGenerator load, String target, byte[] request, int clients)
            throws Exception {
        LoadGenerator.Result result = load.run(target, request, clients, options.warmup(), options.measure());
        if (result.cpu().other() > 50) {
            cpu.settle(25, 15_000);
            LoadGenerator.Result again = load.run(target + " (retaken: other tenants)", request, clients,
                    options.warmup(), options.measure());
            if (again.cpu().other() < result.cpu().other()) {
                return again;
            }
        }
        return result;
    }

    private void row(LoadGenerator.Result result, LoadGenerator.Result bare) {
        String ratio = result == bare ? "1.00" : String.format("%.2f", result.p50Millis() / bare.p50Millis());
        report.row(Integer.toString(result.clients()), result.target(), String.format("%,.0f", result.throughput()),
                Report.millis(result.p50Millis()), Report.millis(result.p99Millis()), ratio,
                result.errors() == 0 ? "0" : result.errors() + " (" + result.firstError() + ")",
                result.cpu().describe(), cpuPerRequest(result), !Double.isNaN(result.cpu().server()) && result.count() > 0
                        ? String.format("%.1f", (double) result.cpu().serverSwitches() / result.count()) : "-");
    }

    private String cpuPerRequest(LoadGenerator.Result result) {
        if (Double.isNaN(result.cpu().server()) || result.count() == 0) {
            return "-";
        }
        // percent of one core x seconds = core-seconds x 100.
        double perRequest = 1e6 / 100.0 * result.seconds() / result.count();
        return String.format("%.0f / %.0f", result.cpu().server() * perRequest,
                result.cpu().environments() * perRequest);
    }

    /** The runtime client alone: Barista's command for the environment, looping on an instant Runtime API. */
    private void loopRow(String runtime, Optional<BareRuntime.Launch> launch, LoadGenerator.Result bare)
            throws Exception {
        if (launch.isEmpty()) {
            return;
        }
        Path scratch = Files.createTempDirectory("barista-bench-loop");
        try {
            BareRuntime.Loop loop = BareRuntime.loop(launch.get(), scratch, options.warmup(), options.measure());
            if (loop.cycles().length == 0) {
                return;
            }
            double p50 = Percentiles.of(loop.cycles(), 50) / 1e6;
            report.row("1", "bare runtime client loop, " + runtime + " (no Barista)",
                    String.format("%,.0f", loop.eventsPerSecond()), Report.millis(p50),
                    Report.millis(Percentiles.of(loop.cycles(), 99) / 1e6),
                    String.format("%.2f", p50 / bare.p50Millis()), "0", "-",
                    String.format("- / %.0f", loop.cpuMicrosPerEvent()), "-");
        } finally {
            Directories.delete(scratch);
        }
    }

    private void goals(List<LoadGenerator.Result> results) {
        for (String target : List.of("python3.11", "java21")) {
            LoadGenerator.Result one = find(results, target, 1);
            LoadGenerator.Result bareOne = find(results, "bare", 1);
            if (one != null && bareOne != null) {
                double ratio = one.p50Millis() / bareOne.p50Millis();
                report.goal(String.format("One environment's p50 <= 2x the bare round trip (%s)", target),
                        String.format("%s ms vs %s ms = %.2fx", Report.millis(one.p50Millis()),
                                Report.millis(bareOne.p50Millis()), ratio), ratio <= 2.0);
            }
            LoadGenerator.Result many = find(results, target, 64);
            if (many != null) {
                report.goal(String.format(">= 10,000 invokes/s at 64 clients (%s)", target),
                        String.format("%,.0f/s", many.throughput()), many.throughput() >= 10_000);
            }
        }
    }

    private static LoadGenerator.Result find(List<LoadGenerator.Result> results, String target, int clients) {
        return results.stream().filter(result -> result.clients() == clients && result.target().contains(target))
                .findFirst().orElse(null);
    }

    /**
     * Fires concurrent invokes in waves until {@code count} environment processes of the function exist: each wave
     * is as wide as the environments wanted so far, at most {@code step} more than exist, so that at most
     * {@code step} start at once. Returns what happened.
     */
    private String prewarm(String function, String payload, int count, String marker, int step) throws Exception {
        long started = System.nanoTime();
        int waves = 0;
        int failed = 0;
        String firstFailure = null;
        long have = 0;
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            for (int wave = 1; wave <= count / step + 4 && (have < count || wave == 1); wave++) {
                int width = (int) Math.min(count, Math.max(have, 0) + step);
                waves++;
                List<Future<LambdaClient.Invocation>> futures = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    futures.add(threads.submit(() -> {
                        try (HttpConnection connection = new HttpConnection(lambda.address())) {
                            return LambdaClient.invoke(connection, lambda.address(), function, payload);
                        }
                    }));
                }
                for (Future<LambdaClient.Invocation> future : futures) {
                    LambdaClient.Invocation invocation = future.get();
                    if (!invocation.succeeded()) {
                        failed++;
                        if (firstFailure == null) {
                            firstFailure = invocation.describeFailure();
                        }
                    }
                }
                if (options.serverPid() <= 0) {
                    have = width;
                    if (width >= count) {
                        break;
                    }
                } else {
                    have = environmentCount(function, marker);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        return String.format("%d environments after %d wave(s) of at most %d new, %.1f s%s", have, waves,
                step, (System.nanoTime() - started) / 1e9, failed == 0 ? ""
                        : ", " + failed + " failed invokes (first: " + Report.abbreviate(firstFailure, 160) + ")");
    }

    private long environmentCount(String function, String marker) {
        return ProcFs.descendants(options.serverPid()).stream()
                .filter(process -> String.join(" ", ProcFs.commandLine(process.pid())).contains(marker))
                .filter(process -> function.equals(ProcFs.environment(process.pid()).get("AWS_LAMBDA_FUNCTION_NAME")))
                .count();
    }
}
