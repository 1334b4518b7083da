package dev.barista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scenario 4: the cost of logs. (a) Warm invokes of a python function that prints 10 lines per invocation beside
 * one that prints none, at each concurrency, in the same run: the overhead of capturing, storing and indexing
 * function output. (b) FilterLogEvents over one million events stored in one group (through PutLogEvents):
 * selective patterns (a rare word, a request id, a JSON field) and a common one.
 */
final class LogsScenario {
    static final String QUIET = "bench-logs-quiet";
    static final String CHATTY = "bench-logs-chatty";
    private static final String GROUP = "/bench/filter";
    private static final int EVENTS = 1_000_000;
    private static final int PER_PUT = 5_000;
    private static final int STREAMS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUIET_SOURCE = """
            import time
            def handler(event, context):
                time.sleep(event.get("sleepMs", 0) / 1000)
                return {}
            """;
    private static final String CHATTY_SOURCE = """
            import time
            def handler(event, context):
                time.sleep(event.get("sleepMs", 0) / 1000)
                for line in range(10):
                    print("processed item", line, "of order 12345 for customer 678 in", line * 3, "ms")
                return {}
            """;

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;

    LogsScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
    }

    void run() throws Exception {
        report.section("4. Logs: the cost of function output, and FilterLogEvents over one million events");
        throughput();
        cpu.settle(20, 30_000);
        filter();
    }

    private void throughput() throws Exception {
        lambda.deleteFunction(QUIET);
        lambda.deleteFunction(CHATTY);
        lambda.createFunction(QUIET, "python3.11", "index.handler", zip(QUIET_SOURCE), 128, 30, Map.of());
        lambda.createFunction(CHATTY, "python3.11", "index.handler", zip(CHATTY_SOURCE), 128, 30, Map.of());
        prewarm(QUIET, options.maxClients());
        prewarm(CHATTY, options.maxClients());
        cpu.settle(20, 20_000);
        LoadGenerator load = new LoadGenerator(lambda.address(), cpu);
        byte[] quiet = LambdaClient.invokeRequest(lambda.address(), QUIET, "{}", false);
        byte[] chatty = LambdaClient.invokeRequest(lambda.address(), CHATTY, "{}", false);
        // Unmeasured: otherwise the first measured point pays the freshly started server's JIT compilation.
        JitWarmup.Outcome jit = JitWarmup.run(load, options.serverPid(), List.of(quiet, chatty), options.maxClients());
        report.note("JIT warm-up, unmeasured: both functions at " + options.maxClients() + " clients, "
                + jit.describe() + ".");
        cpu.settle(20, 20_000);
        report.table("Clients", "Target", "Requests/s", "p50 ms", "p99 ms", "Errors",
                "CPU % bench / server / envs / other (machine)", "CPU µs / request server / envs", "Throughput lost");
        for (int clients : options.clients()) {
            LoadGenerator.Result[] pair = pair(load, quiet, chatty, clients);
            LoadGenerator.Result none = pair[0];
            LoadGenerator.Result ten = pair[1];
            row(none, "-");
            double lost = 1 - ten.throughput() / none.throughput();
            row(ten, String.format("%.1f %%", lost * 100));
            report.goalLater(String.format("Logging 10 lines costs under 15 %% of throughput (%d clients)", clients),
                    String.format("%,.0f vs %,.0f invokes/s: %.1f %%", ten.throughput(), none.throughput(),
                            lost * 100), lost < 0.15);
        }
        report.endTable();
        report.note("Both functions also write Lambda's START, END and REPORT lines (3 per invocation). Every line is"
                + " stored durably in logs.db (group commit) and indexed for FilterLogEvents.");
        lambda.deleteFunction(QUIET);
        lambda.deleteFunction(CHATTY);
    }

    /**
     * The two functions measured back to back; taken again (twice at most) when other tenants of the machine used
     * more than half a core during either, keeping the pair they disturbed least.
     */
    private LoadGenerator.Result[] pair(LoadGenerator load, byte[] quiet, byte[] chatty, int clients)
            throws Exception {
        LoadGenerator.Result[] best = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            String retaken = attempt == 0 ? "" : " (retaken: other tenants)";
            LoadGenerator.Result[] pair = {
                load.run("python3.11, prints nothing" + retaken, quiet, clients, options.warmup(), options.measure()),
                load.run("python3.11, prints 10 lines" + retaken, chatty, clients, options.warmup(), options.measure())};
            if (best == null || other(pair) < other(best)) {
                best = pair;
            }
            if (other(best) <= 50) {
                break;
            }
            cpu.settle(25, 15_000);
        }
        return best;
    }

    private static double other(LoadGenerator.Result[] pair) {
        return Math.max(pair[0].cpu().other(), pair[1].cpu().other());
    }

    private void row(LoadGenerator.Result result, String lost) {
        double perRequest = 1e6 / 100.0 * result.seconds() / Math.max(1, result.count());
        report.row(Integer.toString(result.clients()), result.target(), String.format("%,.0f", result.throughput()),
                Report.millis(result.p50Millis()), Report.millis(result.p99Millis()),
                result.errors() == 0 ? "0" : result.errors() + " (" + result.firstError() + ")",
                result.cpu().describe(), options.serverPid() > 0 ? String.format("%.0f / %.0f",
                        result.cpu().server() * perRequest, result.cpu().environments() * perRequest) : "-", lost);
    }

    /** Starts {@code count} environments of a function: that many invokes at once, each holding its one a while. */
    private void prewarm(String function, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<LambdaClient.Invocation>> invocations = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                invocations.add(threads.submit(() -> {
                    try (HttpConnection connection = new HttpConnection(lambda.address())) {
                        return LambdaClient.invoke(connection, lambda.address(), function, "{\"sleepMs\":1500}");
                    }
                }));
            }
            for (Future<LambdaClient.Invocation> invocation : invocations) {
                if (!invocation.get().succeeded()) {
                    throw new IllegalStateException(function + ": " + invocation.get().describeFailure());
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    private void filter() throws Exception {
        try (LogsClient logs = new LogsClient(lambda.address())) {
            logs.callIgnoringMissing("DeleteLogGroup", group());
            logs.call("CreateLogGroup", group());
            List<String> requestIds = load(logs);
            report.note(String.format("Loaded %,d events into one group (%d streams, %,d events per PutLogEvents) in"
                    + " %.1f s%s.", EVENTS, STREAMS, PER_PUT, loadSeconds, databaseSize()));
            cpu.settle(20, 20_000);
            report.table("Filter pattern", "Events returned", "nextToken", "First call ms", "Median of 5 ms",
                    "Slowest of 5 ms");
            String requestId = requestIds.get(requestIds.size() / 2);
            List<Timing> selective = new ArrayList<>();
            selective.add(query(logs, "OutOfMemoryError", true));
            selective.add(query(logs, "\"" + requestId + "\"", true));
            selective.add(query(logs, "{ $.level = \"FATAL\" }", true));
            query(logs, "ERROR -OutOfMemoryError", false);
            query(logs, "INFO", false);
            query(logs, "-INFO", false);
            report.endTable();
            for (Timing timing : selective) {
                report.goal("FilterLogEvents over 1,000,000 events answers a selective pattern under 200 ms ("
                        + Report.abbreviate(timing.pattern(), 40) + ")", String.format("median %.1f ms, slowest"
                        + " %.1f ms", timing.median(), timing.slowest()), timing.slowest() < 200);
            }
            report.note("Every pattern searches the whole group (no time range), as `aws logs filter-log-events"
                    + " --log-group-name` does; a page holds at most 10,000 events or 1 MB. \"nextToken\" says the"
                    + " answer has more pages (a search the index cannot narrow reads at most 50,000 events per"
                    + " call).");
            logs.call("DeleteLogGroup", group());
        }
    }

    private double loadSeconds;

    /** Five calls of one pattern. */
    private record Timing(String pattern, double median, double slowest) {
    }

    /** Puts the events; returns some request ids that occur in them. */
    private List<String> load(LogsClient logs) throws Exception {
        Random random = new Random(42);
        long start = System.nanoTime();
        long now = System.currentTimeMillis();
        long first = now - 3_600_000L;
        double step = 3_000_000.0 / EVENTS;
        for (int stream = 0; stream < STREAMS; stream++) {
            logs.call("CreateLogStream", "{\"logGroupName\":\"" + GROUP + "\",\"logStreamName\":\"stream-" + stream
                    + "\"}");
        }
        List<String> requestIds = new ArrayList<>();
        for (int put = 0; put < EVENTS / PER_PUT; put++) {
            ObjectNode body = JSON.createObjectNode().put("logGroupName", GROUP)
                    .put("logStreamName", "stream-" + (put % STREAMS));
            ArrayNode events = body.putArray("logEvents");
            String requestId = "";
            for (int index = 0; index < PER_PUT; index++) {
                int number = put * PER_PUT + index;
                if (index % 13 == 0) {
                    requestId = new UUID(random.nextLong(), random.nextLong()).toString();
                    if (index == 0) {
                        requestIds.add(requestId);
                    }
                }
                events.addObject().put("timestamp", first + Math.round(number * step))
                        .put("message", message(random, number, requestId));
            }
            logs.call("PutLogEvents", body.toString());
        }
        loadSeconds = (System.nanoTime() - start) / 1e9;
        return requestIds;
    }

    /** Lambda-like lines; one in 10,000 has a rare word, one in 20,000 is a JSON record of level FATAL. */
    private static String message(Random random, int number, String requestId) {
        if (number % 10_000 == 5_000) {
            return "ERROR java.lang.OutOfMemoryError: Java heap space (request " + requestId + ")";
        }
        if (number % 20_000 == 7_000) {
            return "{\"level\":\"FATAL\",\"requestId\":\"" + requestId + "\",\"latency\":" + random.nextInt(1000) + "}";
        }
        if (number % 50 == 0) {
            return "{\"level\":\"INFO\",\"requestId\":\"" + requestId + "\",\"latency\":" + random.nextInt(1000) + "}";
        }
        return "2026-11-22T10:00:00.123Z\t" + requestId + "\tINFO\tprocessed order " + random.nextInt(100_000)
                + " for customer " + random.nextInt(5_000) + " in " + random.nextInt(100) + " ms";
    }

    /** Five calls of one pattern over the whole group, in a row of the table. */
    private Timing query(LogsClient logs, String pattern, boolean selective) throws Exception {
        String body = JSON.createObjectNode().put("logGroupName", GROUP).put("filterPattern", pattern).toString();
        double[] millis = new double[5];
        JsonNode answer = null;
        for (int round = 0; round < millis.length; round++) {
            long start = System.nanoTime();
            answer = logs.call("FilterLogEvents", body);
            millis[round] = (System.nanoTime() - start) / 1e6;
        }
        double firstCall = millis[0];
        Arrays.sort(millis);
        report.row("`" + Report.abbreviate(pattern, 48) + "`" + (selective ? " (selective)" : ""),
                String.format("%,d", answer.path("events").size()), answer.has("nextToken") ? "yes" : "no",
                Report.millis(firstCall), Report.millis(millis[2]), Report.millis(millis[4]));
        return new Timing(pattern, millis[2], millis[4]);
    }

    private String databaseSize() {
        if (options.dataDirectory() == null) {
            return "";
        }
        try {
            Path database = options.dataDirectory().resolve("logs.db");
            Path wal = options.dataDirectory().resolve("logs.db-wal");
            long bytes = Files.size(database) + (Files.exists(wal) ? Files.size(wal) : 0);
            return String.format("; logs.db is now %.0f MB", bytes / 1e6);
        } catch (java.io.IOException unreadable) {
            return "";
        }
    }

    private static String group() {
        return "{\"logGroupName\":\"" + GROUP + "\"}";
    }

    private static byte[] zip(String source) {
        return FunctionPackages.zip(Map.of("index.py", source.getBytes(StandardCharsets.UTF_8)), Map.of());
    }
}
