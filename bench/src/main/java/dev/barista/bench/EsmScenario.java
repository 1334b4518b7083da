package dev.barista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 6: an SQS event source mapping (BatchSize 10) feeding a python3.11 function. (a) Send-to-handler-start
 * latency at a low steady rate: one message at a time, its body the sender's wall-clock send time; the handler
 * takes its own start time first, and at the end of a batch that carries timed messages reports both to a second
 * queue through {@code AWS_ENDPOINT_URL} (one unsigned awsJson SendMessage on a kept-alive connection, after the
 * start time is taken), which the bench long-polls before it sends the next message. (b) Throughput: messages
 * pre-loaded while the mapping is disabled, then the time from enabling it to an empty queue; the baseline is the
 * bench draining the same queue itself with Receive+Delete from 16 connections, in the same run.
 */
final class EsmScenario {
    private static final String FUNCTION = "bench-esm";
    private static final int WARMUP_MESSAGES = 20;
    private static final int LATENCY_MESSAGES = 300;
    private static final int THROUGHPUT_MESSAGES = 50_000;
    private static final int CLIENTS = 16;
    private static final int BATCH_SIZE = 10;
    private static final String BODY = "x".repeat(256);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = """
            import http.client, json, os, time
            ENDPOINT = os.environ["AWS_ENDPOINT_URL"].split("//", 1)[1].rstrip("/")
            REPORT_QUEUE = os.environ["REPORT_QUEUE_URL"]
            HEADERS = {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"}
            connection = None

            def report(body):
                global connection
                request = json.dumps({"QueueUrl": REPORT_QUEUE, "MessageBody": body})
                for attempt in range(2):
                    try:
                        if connection is None:
                            connection = http.client.HTTPConnection(ENDPOINT, timeout=10)
                        connection.request("POST", "/", request, HEADERS)
                        response = connection.getresponse()
                        response.read()
                        if response.status != 200:
                            raise RuntimeError("SendMessage answered %d" % response.status)
                        return
                    except (OSError, http.client.HTTPException):
                        connection = None
                raise RuntimeError("cannot report to " + REPORT_QUEUE)

            def handler(event, context):
                started = time.time()
                sent = [r["body"][2:] for r in event["Records"] if r["body"].startswith("t:")]
                if sent:
                    report(json.dumps({"started": started, "sent": sent}))
                return {}
            """;

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;
    private final InetSocketAddress address;

    EsmScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
        this.address = lambda.address();
    }

    void run() throws Exception {
        report.section("6. SQS event source mapping (BatchSize " + BATCH_SIZE + ") into a python3.11 function");
        long suffix = System.currentTimeMillis();
        try (HttpConnection sqs = new HttpConnection(address)) {
            String source = call(sqs, "CreateQueue", "{\"QueueName\":\"bench-esm-" + suffix
                    + "\",\"Attributes\":{\"VisibilityTimeout\":\"60\"}}").get("QueueUrl").asText();
            String reports = call(sqs, "CreateQueue", "{\"QueueName\":\"bench-esm-reports-" + suffix + "\"}")
                    .get("QueueUrl").asText();
            String sourceArn = call(sqs, "GetQueueAttributes", "{\"QueueUrl\":\"" + source
                    + "\",\"AttributeNames\":[\"QueueArn\"]}").path("Attributes").path("QueueArn").asText();
            lambda.deleteFunction(FUNCTION);
            lambda.createFunction(FUNCTION, "python3.11", "index.handler",
                    FunctionPackages.zip(Map.of("index.py", SOURCE.getBytes(StandardCharsets.UTF_8)), Map.of()),
                    128, 30, Map.of("REPORT_QUEUE_URL", reports));
            String uuid = lambda.createEventSourceMapping(FUNCTION, sourceArn, BATCH_SIZE, true);
            lambda.awaitEventSourceMapping(uuid, "Enabled");
            latency(sqs, source, reports);

            lambda.enableEventSourceMapping(uuid, false);
            lambda.awaitEventSourceMapping(uuid, "Disabled");
            cpu.settle(25, 15_000);
            double preload = preload(source);
            cpu.settle(25, 15_000);
            CpuMeter.Snapshot before = cpu.snapshot();
            long start = System.nanoTime();
            long drained = drainByBench(source);
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            CpuMeter.Usage baselineCpu = cpu.between(before, cpu.snapshot());
            if (messagesLeft(sqs, source) != 0 || drained != THROUGHPUT_MESSAGES) {
                throw new IllegalStateException("the bench drained " + drained + " messages; "
                        + messagesLeft(sqs, source) + " left");
            }

            preload(source);
            cpu.settle(25, 15_000);
            before = cpu.snapshot();
            start = System.nanoTime();
            lambda.enableEventSourceMapping(uuid, true);
            long enabled = System.nanoTime();
            while (messagesLeft(sqs, source) > 0) {
                Thread.sleep(20);
                if (System.nanoTime() - start > 300_000_000_000L) {
                    throw new IllegalStateException("the mapping did not drain the queue in 300 s");
                }
            }
            double mappingSeconds = (System.nanoTime() - start) / 1e9;
            CpuMeter.Usage mappingCpu = cpu.between(before, cpu.snapshot());

            report.table("Drain of " + String.format("%,d", THROUGHPUT_MESSAGES) + " pre-loaded messages", "Seconds",
                    "Messages/s", "CPU % bench / server / envs / other (machine)", "CPU µs / message server / envs");
            drainRow("bench Receive+Delete, " + CLIENTS + " connections (baseline)", baselineSeconds, baselineCpu);
            drainRow("event source mapping, from UpdateEventSourceMapping(Enabled) to an empty queue", mappingSeconds,
                    mappingCpu);
            report.endTable();
            double rate = THROUGHPUT_MESSAGES / mappingSeconds;
            report.note(String.format("Pre-loaded with SendMessageBatch (10 per request, %d-byte bodies) from %d"
                    + " connections at %,.0f messages/s while the mapping was disabled. UpdateEventSourceMapping"
                    + " answered in %.0f ms. The queue counts as empty when ApproximateNumberOfMessages and"
                    + " ApproximateNumberOfMessagesNotVisible are both 0 (polled every 20 ms).", BODY.length(),
                    CLIENTS, preload, (enabled - start) / 1e6));
            report.goal("An event source mapping (BatchSize 10) drains at least 5,000 messages/s",
                    String.format("%,.0f messages/s (the bench's own Receive+Delete: %,.0f)", rate,
                            THROUGHPUT_MESSAGES / baselineSeconds), rate >= 5_000);

            lambda.deleteEventSourceMapping(uuid);
            lambda.deleteFunction(FUNCTION);
            call(sqs, "DeleteQueue", "{\"QueueUrl\":\"" + source + "\"}");
            call(sqs, "DeleteQueue", "{\"QueueUrl\":\"" + reports + "\"}");
        }
    }

    /** (a): one timed message at a time; the next is sent once the handler's report of the last has come back. */
    private void latency(HttpConnection sqs, String source, String reports) throws Exception {
        long[] latencies = new long[LATENCY_MESSAGES];
        int count = 0;
        cpu.settle(25, 15_000);
        CpuMeter.Snapshot before = null;
        for (int index = 0; index < WARMUP_MESSAGES + LATENCY_MESSAGES; index++) {
            if (index == WARMUP_MESSAGES) {
                before = cpu.snapshot();
            }
            Instant now = Instant.now();
            long sentMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
            call(sqs, "SendMessage", "{\"QueueUrl\":\"" + source + "\",\"MessageBody\":\"t:" + sentMicros + "\"}");
            List<Long> reported = awaitReports(sqs, reports);
            if (index >= WARMUP_MESSAGES) {
                for (long latency : reported) {
                    if (count < latencies.length) {
                        latencies[count++] = latency;
                    }
                }
            }
        }
        CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        double p50 = Percentiles.of(sorted, 50) / 1e3;
        double p99 = Percentiles.of(sorted, 99) / 1e3;
        report.table("Messages", "Send-to-handler-start p50 ms", "p99 ms", "min ms", "max ms",
                "CPU % bench / server / envs / other (machine)");
        report.row(Integer.toString(count), Report.millis(p50), Report.millis(p99), Report.millis(sorted[0] / 1e3),
                Report.millis(sorted[sorted.length - 1] / 1e3), usage.describe());
        report.endTable();
        report.note("One message at a time (after " + WARMUP_MESSAGES + " unmeasured ones): the bench takes its"
                + " wall clock just before it sends SendMessage and puts it in the body; the handler's first statement"
                + " takes time.time(). The handler then reports both to a second queue (one SendMessage through"
                + " AWS_ENDPOINT_URL, after its start time is taken), and the bench long-polls that queue before"
                + " sending the next message. Same machine, same clock.");
        report.goal("Send-to-handler-start latency through an event source mapping, p50 under 20 ms",
                String.format("p50 %.1f ms, p99 %.1f ms", p50, p99), p50 < 20);
    }

    /** Long-polls the report queue until a report comes; answers its latencies in microseconds. */
    private List<Long> awaitReports(HttpConnection sqs, String reports) throws IOException {
        for (int attempt = 0; attempt < 6; attempt++) {
            JsonNode messages = call(sqs, "ReceiveMessage", "{\"QueueUrl\":\"" + reports
                    + "\",\"MaxNumberOfMessages\":10,\"WaitTimeSeconds\":10}").path("Messages");
            if (messages.isEmpty()) {
                continue;
            }
            List<Long> latencies = new ArrayList<>();
            StringBuilder entries = new StringBuilder();
            for (int index = 0; index < messages.size(); index++) {
                JsonNode batch = JSON.readTree(messages.get(index).get("Body").asText());
                long startedMicros = Math.round(batch.get("started").asDouble() * 1e6);
                for (JsonNode sent : batch.get("sent")) {
                    latencies.add(startedMicros - Long.parseLong(sent.asText()));
                }
                entries.append(index == 0 ? "" : ",").append("{\"Id\":\"r").append(index).append("\",\"ReceiptHandle\":")
                        .append(JSON.writeValueAsString(messages.get(index).get("ReceiptHandle").asText())).append('}');
            }
            call(sqs, "DeleteMessageBatch", "{\"QueueUrl\":\"" + reports + "\",\"Entries\":[" + entries + "]}");
            return latencies;
        }
        throw new IOException("no report from the function in 60 s");
    }

    /** Sends {@link #THROUGHPUT_MESSAGES} with SendMessageBatch from {@link #CLIENTS} connections; messages/s. */
    private double preload(String url) throws Exception {
        StringBuilder entries = new StringBuilder();
        for (int index = 0; index < 10; index++) {
            entries.append(index == 0 ? "" : ",").append("{\"Id\":\"m").append(index).append("\",\"MessageBody\":\"")
                    .append(BODY).append("\"}");
        }
        byte[] request = SqsScenario.request(address, "SendMessageBatch", "{\"QueueUrl\":\"" + url
                + "\",\"Entries\":[" + entries + "]}");
        AtomicInteger remaining = new AtomicInteger(THROUGHPUT_MESSAGES / 10);
        long start = System.nanoTime();
        parallel(() -> {
            try (HttpConnection connection = new HttpConnection(address)) {
                while (remaining.getAndDecrement() > 0) {
                    HttpConnection.Response response = connection.exchangeFull(request);
                    if (response.status() != 200 || response.bodyText().contains("\"Failed\":[{")) {
                        throw new IOException("SendMessageBatch: HTTP " + response.status() + " "
                                + response.bodyText());
                    }
                }
            }
            return 0L;
        });
        return THROUGHPUT_MESSAGES / ((System.nanoTime() - start) / 1e9);
    }

    /** The baseline: Receive (up to 10, no wait) + DeleteMessageBatch from 16 connections until one finds none. */
    private long drainByBench(String url) throws Exception {
        byte[] receive = SqsScenario.request(address, "ReceiveMessage", "{\"QueueUrl\":\"" + url
                + "\",\"MaxNumberOfMessages\":10,\"WaitTimeSeconds\":0,\"VisibilityTimeout\":60}");
        return parallel(() -> {
            long deleted = 0;
            try (HttpConnection connection = new HttpConnection(address)) {
                while (true) {
                    HttpConnection.Response response = connection.exchangeFull(receive);
                    if (response.status() != 200) {
                        throw new IOException("ReceiveMessage: HTTP " + response.status() + " " + response.bodyText());
                    }
                    JsonNode messages = JSON.readTree(response.body()).path("Messages");
                    if (messages.isEmpty()) {
                        return deleted;
                    }
                    StringBuilder entries = new StringBuilder();
                    for (int index = 0; index < messages.size(); index++) {
                        entries.append(index == 0 ? "" : ",").append("{\"Id\":\"e").append(index)
                                .append("\",\"ReceiptHandle\":").append(JSON.writeValueAsString(
                                        messages.get(index).get("ReceiptHandle").asText())).append('}');
                    }
                    HttpConnection.Response answer = connection.exchangeFull(SqsScenario.request(address,
                            "DeleteMessageBatch", "{\"QueueUrl\":\"" + url + "\",\"Entries\":[" + entries + "]}"));
                    if (answer.status() != 200 || answer.bodyText().contains("\"Failed\":[{")) {
                        throw new IOException("DeleteMessageBatch: HTTP " + answer.status() + " " + answer.bodyText());
                    }
                    deleted += messages.size();
                }
            }
        });
    }

    /** Runs the task on {@link #CLIENTS} threads at once; the sum of what they answer. */
    private static long parallel(java.util.concurrent.Callable<Long> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                results.add(threads.submit(task));
            }
            long sum = 0;
            for (Future<Long> result : results) {
                sum += result.get();
            }
            return sum;
        } finally {
            threads.shutdown();
        }
    }

    private int messagesLeft(HttpConnection sqs, String url) throws IOException {
        JsonNode attributes = call(sqs, "GetQueueAttributes", "{\"QueueUrl\":\"" + url + "\",\"AttributeNames\":["
                + "\"ApproximateNumberOfMessages\",\"ApproximateNumberOfMessagesNotVisible\"]}").path("Attributes");
        return attributes.path("ApproximateNumberOfMessages").asInt(-1)
                + attributes.path("ApproximateNumberOfMessagesNotVisible").asInt(-1);
    }

    private void drainRow(String target, double seconds, CpuMeter.Usage usage) {
        double perMessage = 1e6 / 100.0 * seconds / THROUGHPUT_MESSAGES;
        report.row(target, String.format("%.2f", seconds), String.format("%,.0f", THROUGHPUT_MESSAGES / seconds),
                usage.describe(), options.serverPid() > 0 ? String.format("%.0f / %.0f", usage.server() * perMessage,
                        usage.environments() * perMessage) : "-");
    }

    /** One awsJson SQS call that must answer 200; its JSON answer. */
    private JsonNode call(HttpConnection connection, String operation, String json) throws IOException {
        HttpConnection.Response response = connection.exchangeFull(SqsScenario.request(address, operation, json));
        if (response.status() != 200) {
            throw new IOException(operation + ": HTTP " + response.status() + " " + response.bodyText());
        }
        return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
