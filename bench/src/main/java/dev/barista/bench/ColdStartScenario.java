package dev.barista.bench;

import dev.barista.bench.BareRuntime.Launch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 2: cold starts (the first invoke of a new function, timed by the client) per runtime, beside the bare
 * runtime process started by the bench with the same code:
 * <ul>
 *   <li><b>bare runtime client</b>: the very command line, environment and working directory that Barista used for
 *   the environment (read from /proc), started directly by the bench against {@link MiniRuntimeApi}; timed from
 *   spawn to the arrival of the first response. For Java this is AWS's official runtime interface client with
 *   the same jar; for python and node Barista's own bootstrap; for provided the package's bootstrap.</li>
 *   <li><b>bare handler</b>: the interpreter alone calling the handler once (no runtime client), timed from spawn
 *   to exit: {@code python -c 'import index; index.handler({}, None)'}, {@code node -e} requiring the handler,
 *   {@code java -cp code.jar:aws-lambda-java-core.jar BareMain} with Barista's JVM options.</li>
 * </ul>
 * Java also gets the cold start of an existing revision once Barista has built its AOT cache, beside the same
 * command with the same cache started bare.
 */
final class ColdStartScenario {
    private record Subject(String key, String runtime, String handler, byte[] zip, Map<String, Integer> modes,
                           String marker) {
    }

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;
    private final List<String> created = new ArrayList<>();
    private final Path scratch;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private int retakes;

    ColdStartScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) throws IOException {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
        this.scratch = Files.createTempDirectory("barista-bench-cold");
    }

    void run() throws Exception {
        report.section("2. Cold start (first invoke)");
        report.table("Runtime", "Measurement", "Median ms", "Min-max ms", "Barista / this");
        List<Subject> runtimes = List.of(
                new Subject("python", "python3.11", FunctionPackages.PYTHON_HANDLER, FunctionPackages.python(),
                        Map.of(), "bootstrap.py"),
                new Subject("node", "nodejs20.x", FunctionPackages.NODE_HANDLER, FunctionPackages.node(), Map.of(),
                        "bootstrap.cjs"),
                new Subject("java", "java21", FunctionPackages.JAVA_HANDLER, FunctionPackages.java(), Map.of(),
                        "AWSLambda"),
                new Subject("provided", "provided.al2023", FunctionPackages.PROVIDED_HANDLER,
                        FunctionPackages.provided(), Map.of("bootstrap", 0755), "bootstrap"));
        CpuMeter.Snapshot before = cpu.snapshot();
        try {
            for (Subject runtime : runtimes) {
                try {
                    measure(runtime);
                } catch (Exception failure) {
                    report.row(runtime.runtime(), "FAILED", "-", Report.abbreviate(failure.toString(), 300), "-");
                }
                cpu.settle(20, 10_000);
            }
        } finally {
            report.endTable();
            report.note("""
                    Barista's figure is the client's: from sending Invoke (LogType Tail) to the end of the response, \
                    on an open connection, each on a new function. Init Duration is what Barista's REPORT line says. \
                    "Bare runtime client" is the same command line, environment and working directory that Barista \
                    used (read from /proc), started by the bench against a minimal Runtime API in the bench process: \
                    spawn to first response. "Bare handler" is the interpreter alone calling the handler once, with \
                    only PATH, LANG and TZ in its environment: spawn to exit. The first sample of each series is \
                    discarded (file cache).""");
            CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
            report.note(String.format("CPU over the whole cold-start scenario, percent of one core: bench (with "
                    + "its bare processes) %.0f, server %.0f, environments %.0f, other tenants %.0f, machine %.0f. "
                    + "Rounds retaken because other tenants used more than half a core meanwhile: %d.",
                    usage.bench(), usage.server(), usage.environments(), usage.other(), usage.machine(), retakes));
            for (String name : created) {
                try {
                    lambda.deleteFunction(name);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            Directories.delete(scratch);
        }
    }

    private void measure(Subject runtime) throws Exception {
        Path code = FunctionPackages.extract(runtime.zip(), scratch.resolve(runtime.key() + "-code"), runtime.modes());
        List<Double> barista = new ArrayList<>();
        List<Double> init = new ArrayList<>();
        List<Double> bareClient = new ArrayList<>();
        List<Double> bareClientSameCache = new ArrayList<>();
        List<Double> bareHandler = new ArrayList<>();
        Launch launch = null;
        String firstFunction = null;
        String failure = null;
        String bareClientFailure = null;
        String bareHandlerFailure = null;
        for (int sample = 0; sample <= options.coldSamples(); sample++) {
            // A round whose CPU was shared with other tenants of the machine is taken again (twice at most).
            for (int attempt = 0; ; attempt++) {
                // Barista's background work after a first invoke (a Java AOT cache) must not overlap the next round.
                cpu.settle(25, 15_000);
                CpuMeter.Snapshot before = cpu.snapshot();
                String name = "bench-cold-" + runtime.key() + "-" + run + "-" + sample + "-" + attempt;
                lambda.createFunction(name, runtime.runtime(), runtime.handler(), runtime.zip(), 128, 30, Map.of());
                created.add(name);
                LambdaClient.Invocation invocation = lambda.invoke(name, "{}");
                if (!invocation.succeeded()) {
                    failure = invocation.describeFailure();
                    break;
                }
                // Each sample's own command line: a Java function's first ones may differ (see javaWithCache).
                Optional<Launch> captured = capture(name, runtime.marker());
                if (captured.isPresent()) {
                    launch = captured.get();
                }
                Double client = null;
                Double clientSameCache = null;
                if (launch != null && bareClientFailure == null) {
                    try {
                        client = bareRuntimeClient(launch, false);
                        if (launch.usesAotCache()) {
                            clientSameCache = bareRuntimeClient(launch, true);
                        }
                    } catch (Exception failed) {
                        bareClientFailure = failed.toString();
                    }
                }
                Double handler = null;
                Optional<List<String>> handlerCommand = bareHandlerCommand(runtime, launch, code);
                if (handlerCommand.isPresent() && bareHandlerFailure == null) {
                    try {
                        handler = spawnToExit(handlerCommand.get(), code, launch);
                    } catch (Exception failed) {
                        bareHandlerFailure = failed.toString();
                    }
                }
                if (disturbed(before) && attempt < 2) {
                    retakes++;
                    continue;
                }
                if (sample == 0) {
                    firstFunction = name;
                } else {
                    barista.add(invocation.elapsedNanos() / 1e6);
                    invocation.initDurationMillis().ifPresent(init::add);
                    if (client != null) {
                        bareClient.add(client);
                    }
                    if (clientSameCache != null) {
                        bareClientSameCache.add(clientSameCache);
                    }
                    if (handler != null) {
                        bareHandler.add(handler);
                    }
                }
                break;
            }
            if (failure != null) {
                break;
            }
        }
        if (failure != null) {
            report.row(runtime.runtime(), "Barista first invoke FAILED", "-", Report.abbreviate(failure, 200), "-");
            return;
        }
        double baristaMedian = median(barista);
        series(runtime.runtime(), "Barista first invoke (client)", barista, baristaMedian, false);
        series(runtime.runtime(), "Barista Init Duration (REPORT)", init, baristaMedian, false);
        series(runtime.runtime(), "bare runtime client" + (launch == null ? " (not captured)" : "")
                + (launch != null && launch.usesAotCache() ? " without the AOT cache" : "")
                + (bareClientFailure == null ? "" : " FAILED: " + Report.abbreviate(bareClientFailure, 200)),
                bareClient, baristaMedian, true);
        if (!bareClientSameCache.isEmpty()) {
            series(runtime.runtime(), "bare runtime client with the same AOT cache (" + cacheLabel(launch) + ")",
                    bareClientSameCache, baristaMedian, true);
            double ratio = baristaMedian / median(bareClientSameCache);
            report.goalLater(String.format("Cold start within 1.2x of bare (%s first invoke vs the same command and "
                    + "AOT cache started bare)", runtime.runtime()), String.format("%s ms vs %s ms = %.2fx",
                    Report.millis(baristaMedian), Report.millis(median(bareClientSameCache)), ratio), ratio <= 1.2);
        }
        if (bareHandlerFailure != null) {
            report.row(runtime.runtime(), "bare handler FAILED: " + Report.abbreviate(bareHandlerFailure, 200), "-",
                    "-", "-");
        } else if (!bareHandler.isEmpty()) {
            series(runtime.runtime(), "bare handler (" + bareHandlerLabel(runtime) + ")", bareHandler, baristaMedian,
                    true);
        }
        goal(runtime, baristaMedian, bareClient, bareHandler);
        if (runtime.key().equals("java")) {
            javaWithCache(runtime, firstFunction, code);
        }
    }

    /** Whether other tenants of the machine used more than half a core since {@code before}; then waits. */
    private boolean disturbed(CpuMeter.Snapshot before) throws InterruptedException {
        if (cpu.between(before, cpu.snapshot()).other() <= 50) {
            return false;
        }
        cpu.settle(25, 10_000);
        return true;
    }

    private void goal(Subject runtime, double baristaMedian, List<Double> bareClient, List<Double> bareHandler) {
        if (!bareClient.isEmpty()) {
            double ratio = baristaMedian / median(bareClient);
            report.goalLater(String.format("Cold start within 1.2x of bare (%s first invoke vs the same runtime "
                    + "command started bare)", runtime.runtime()), String.format("%s ms vs %s ms = %.2fx",
                    Report.millis(baristaMedian), Report.millis(median(bareClient)), ratio), ratio <= 1.2);
        }
        if (!bareHandler.isEmpty()) {
            double ratio = baristaMedian / median(bareHandler);
            report.goalLater(String.format("Cold start within 1.2x of bare (%s first invoke vs the bare interpreter "
                    + "calling the handler)", runtime.runtime()), String.format("%s ms vs %s ms = %.2fx",
                    Report.millis(baristaMedian), Report.millis(median(bareHandler)), ratio), ratio <= 1.2);
        }
        if (runtime.key().equals("java")) {
            report.goalLater("Java hello cold start under 250 ms (first invoke of a new function, "
                    + "client-measured)", Report.millis(baristaMedian) + " ms", baristaMedian < 250);
        }
    }

    /**
     * Java's later cold starts: every environment starts from an AOT cache, the runtime interface client's own
     * (made once per JDK by a training run) or, for a function that brings jars, one recorded for its revision.
     * The bench ends the first environment (the handler exits on {"exit":true}), then forces each cold start the
     * same way, without changing the function's revision.
     */
    private void javaWithCache(Subject runtime, String function, Path code) throws Exception {
        if (options.dataDirectory() == null || function == null) {
            return;
        }
        lambda.invoke(function, "{\"exit\":true}");
        cpu.settle(20, 10_000);
        List<Double> barista = new ArrayList<>();
        List<Double> init = new ArrayList<>();
        List<Double> bareClient = new ArrayList<>();
        List<Double> bareMain = new ArrayList<>();
        Launch launch = null;
        Path mainCache = scratch.resolve("bare-main.aot");
        List<String> mainCommand = null;
        for (int sample = 0; sample <= options.coldSamples(); sample++) {
            for (int attempt = 0; ; attempt++) {
                cpu.settle(25, 15_000);
                CpuMeter.Snapshot before = cpu.snapshot();
                LambdaClient.Invocation invocation = lambda.invoke(function, "{}");
                if (!invocation.succeeded()) {
                    report.row(runtime.runtime(), "Barista cold start from AOT cache FAILED", "-",
                            Report.abbreviate(invocation.describeFailure(), 200), "-");
                    return;
                }
                if (launch == null) {
                    launch = capture(function, runtime.marker()).orElse(null);
                    mainCommand = bareJavaMain(launch, javaJar(runtime));
                    if (mainCommand != null) {
                        trainBareMainCache(mainCommand, code, mainCache);
                        before = cpu.snapshot();
                    }
                }
                lambda.invoke(function, "{\"exit\":true}");
                Double client = launch == null ? null : bareRuntimeClient(launch, true);
                Double main = null;
                if (mainCommand != null && Files.isRegularFile(mainCache)) {
                    List<String> cached = new ArrayList<>(mainCommand);
                    cached.add(1, "-XX:AOTCache=" + mainCache);
                    cached.add(2, AOT_QUIET);
                    main = spawnToExit(cached, code, launch);
                }
                if (disturbed(before) && attempt < 2) {
                    retakes++;
                    continue;
                }
                if (sample > 0) {
                    barista.add(invocation.elapsedNanos() / 1e6);
                    invocation.initDurationMillis().ifPresent(init::add);
                    if (client != null) {
                        bareClient.add(client);
                    }
                    if (main != null) {
                        bareMain.add(main);
                    }
                }
                break;
            }
        }
        double baristaMedian = median(barista);
        String label = "(" + cacheLabel(launch) + ")";
        series(runtime.runtime(), "Barista cold start from AOT cache (client) " + label, barista, baristaMedian, false);
        series(runtime.runtime(), "Barista Init Duration from AOT cache (REPORT)", init, baristaMedian, false);
        series(runtime.runtime(), "bare runtime client with the same AOT cache", bareClient, baristaMedian, true);
        if (!bareMain.isEmpty()) {
            series(runtime.runtime(), "bare handler (java BareMain) with its own AOT cache", bareMain, baristaMedian,
                    true);
        }
        if (!bareClient.isEmpty()) {
            double ratio = baristaMedian / median(bareClient);
            report.goalLater("Cold start within 1.2x of bare (java21 from the AOT cache vs the same command and cache "
                    + "started bare)",
                    String.format("%s ms vs %s ms = %.2fx", Report.millis(baristaMedian),
                            Report.millis(median(bareClient)), ratio), ratio <= 1.2);
        }
        if (!bareMain.isEmpty()) {
            double ratio = baristaMedian / median(bareMain);
            report.goalLater("Cold start within 1.2x of bare (java21 from the AOT cache vs BareMain with its own AOT "
                    + "cache)", String.format("%s ms vs %s ms = %.2fx", Report.millis(baristaMedian),
                    Report.millis(median(bareMain)), ratio), ratio <= 1.2);
        }
        report.goalLater("Java hello cold start under 250 ms (a later cold start, from the AOT cache, client-measured)",
                Report.millis(baristaMedian) + " ms", baristaMedian < 250);
    }

    private static final String AOT_QUIET = "-Xlog:aot*=off,cds*=off";

    /** Which AOT cache an environment's command line names. */
    private static String cacheLabel(Launch launch) {
        if (launch == null || !launch.usesAotCache()) {
            return "NOTE: the environment's command line had no -XX:AOTCache";
        }
        return launch.command().stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache=")
                && argument.contains("/java-aot/client/")) ? "the runtime client's cache" : "the function's own cache";
    }

    private Optional<Launch> capture(String function, String marker) {
        return BareRuntime.capture(options.serverPid(), function, marker);
    }

    private double bareRuntimeClient(Launch launch, boolean keepCache) throws Exception {
        return BareRuntime.firstResponseMillis(launch, keepCache, scratch);
    }

    private Optional<List<String>> bareHandlerCommand(Subject runtime, Launch launch, Path code) {
        if (launch == null) {
            return Optional.empty();
        }
        String executable = launch.command().getFirst();
        return switch (runtime.key()) {
            case "python" -> Optional.of(List.of(executable, "-c", "import index; index.handler({}, None)"));
            case "node" -> Optional.of(List.of(executable, "-e",
                    "Promise.resolve(require('./index.js').handler({}, {})).then(r => process.stdout.write(JSON.stringify(r)))"));
            case "java" -> Optional.ofNullable(bareJavaMain(launch, javaJar(runtime)));
            default -> Optional.empty();
        };
    }

    private static String bareHandlerLabel(Subject runtime) {
        return switch (runtime.key()) {
            case "python" -> "python -c 'import index; index.handler({}, None)'";
            case "node" -> "node -e require('./index.js').handler";
            case "java" -> "java -cp code.jar:aws-lambda-java-core.jar BareMain, Barista's JVM options";
            default -> runtime.key();
        };
    }

    /** The function's zip as a jar: a JDK AOT cache accepts only jars on the classpath, no directories. */
    private Path javaJar(Subject runtime) {
        Path jar = scratch.resolve(runtime.key() + "-code.jar");
        try {
            if (!Files.exists(jar)) {
                Files.write(jar, runtime.zip());
            }
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        return jar;
    }

    /** {@code java <Barista's JVM options> -cp <code.jar>:<aws-lambda-java-core> BareMain}, or null. */
    private static List<String> bareJavaMain(Launch launch, Path code) {
        if (launch == null) {
            return null;
        }
        List<String> command = new ArrayList<>();
        String coreJar = null;
        List<String> original = launch.command();
        for (int i = 0; i < original.size(); i++) {
            String argument = original.get(i);
            if (i == 0) {
                command.add(argument);
            } else if (argument.equals("-cp")) {
                for (String entry : original.get(i + 1).split(":")) {
                    if (entry.contains("aws-lambda-java-core")) {
                        coreJar = entry;
                    }
                }
                break;
            } else if (argument.startsWith("-XX:Max") || argument.startsWith("-XX:Reserved")
                    || argument.equals("-XX:+UseSerialGC") || argument.startsWith("-XX:TieredStopAtLevel")
                    || argument.equals("-XX:-UsePerfData")) {
                command.add(argument);
            }
        }
        if (coreJar == null) {
            return null;
        }
        command.add("-cp");
        command.add(code + ":" + coreJar);
        command.add("dev.barista.bench.functions.BareMain");
        return command;
    }

    /** A JDK 25 AOT cache for BareMain: one training run with -XX:AOTCacheOutput. */
    private static void trainBareMainCache(List<String> mainCommand, Path code, Path cache) throws Exception {
        List<String> training = new ArrayList<>(mainCommand);
        training.add(1, "-XX:AOTCacheOutput=" + cache);
        training.add(2, AOT_QUIET);
        Process process = new ProcessBuilder(training).directory(code.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Spawn to exit, in ms. The environment holds only PATH, LANG and TZ as Barista set them for the
     * environment: no variable of the bench's own environment (NODE_EXTRA_CA_CERTS alone makes node load a
     * certificate bundle at start, some 40 ms here).
     */
    private static double spawnToExit(List<String> command, Path directory, Launch launch) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.clear();
        for (String name : List.of("PATH", "LANG", "TZ")) {
            String value = launch == null ? System.getenv(name) : launch.environment().get(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bare handler did not finish in 30 s: " + command);
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IOException("bare handler exited with " + process.exitValue() + ": " + command);
        }
        return elapsed / 1e6;
    }

    private void series(String runtime, String label, List<Double> values, double baristaMedian, boolean baseline) {
        if (values.isEmpty()) {
            report.row(runtime, label, "-", "-", "-");
            return;
        }
        double median = median(values);
        double min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        double max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        report.row(runtime, label, Report.millis(median), Report.millis(min) + "-" + Report.millis(max),
                baseline ? String.format("%.2fx", baristaMedian / median) : "");
    }

    private static double median(List<Double> values) {
        return Percentiles.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
