package dev.barista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 4: SQS, Barista (durable: every answered send is fsynced) beside ElasticMQ (in memory), both over awsJson
 * 1.0 as the SDKs of today speak it, in the same run: SendMessage (also in awsQuery, as the SDK for Java v1 sends
 * it), SendMessageBatch (10 messages a request) and Receive+Delete (ReceiveMessage of up to 10, then
 * DeleteMessageBatch of what came), at 16 clients, closed loop.
 * Each operation is measured on Barista, then on ElasticMQ, before the next operation, so both see the same machine.
 */
final class SqsScenario {
    private static final int CLIENTS = 16;
    private static final String BODY = "x".repeat(256);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPERATIONS = List.of("SendMessage", "SendMessage (awsQuery)", "SendMessageBatch",
            "Receive+Delete");

    /** A queue service under test: its address, a CPU meter on its process, and its queue's URL once created. */
    record Target(String name, InetSocketAddress address, CpuMeter cpu) {
    }

    private final BenchOptions options;
    private final Report report;
    private final List<Target> targets;

    SqsScenario(BenchOptions options, Report report, List<Target> targets) {
        this.options = options;
        this.report = report;
        this.targets = targets;
    }

    void run() throws Exception {
        report.section("4. SQS: Barista (durable) beside ElasticMQ 1.7.1 (in memory), " + CLIENTS + " clients");
        List<String> urls = new ArrayList<>();
        String queueName = "bench-sqs-" + System.currentTimeMillis();
        for (Target target : targets) {
            urls.add(createQueue(target, queueName));
        }
        report.table("Operation", "Target", "Requests/s", "Messages/s", "p50 ms", "p99 ms", "Errors",
                "CPU % bench / server / other (machine)", "Server CPU µs / message");
        List<Point> points = new ArrayList<>();
        for (String operation : OPERATIONS) {
            for (int index = 0; index < targets.size(); index++) {
                Target target = targets.get(index);
                targets.getFirst().cpu().settle(25, 15_000);
                Point point = measure(operation, target, urls.get(index));
                if (point.cpu.other() > 50) {
                    // Other tenants of the machine took more than half a core: once more when it is quieter.
                    targets.getFirst().cpu().settle(25, 15_000);
                    Point again = measure(operation, target, urls.get(index));
                    point = again.cpu.other() < point.cpu.other() ? again : point;
                }
                points.add(point);
                row(point);
            }
        }
        report.endTable();
        report.note("Each message has a " + BODY.length() + "-byte body. Every operation is awsJson 1.0 but"
                + " \"SendMessage (awsQuery)\", a form posted to the queue URL. Barista answers SendMessage once the"
                + " message is committed to SQLite with synchronous=FULL (concurrent requests share a commit);"
                + " ElasticMQ keeps messages in memory only. Receive+Delete is one ReceiveMessage (up to 10, no wait)"
                + " followed by one DeleteMessageBatch of the messages it got; its requests/s counts such pairs and"
                + " its latency is the pair's. CPU is in percent of one core: the bench, the queue server measured,"
                + " what else ran, and the whole machine; a point during which other tenants used more than half a"
                + " core is measured once more and the quieter of the two is shown.");
        for (String operation : OPERATIONS) {
            Point barista = points.stream().filter(p -> p.operation.equals(operation)
                    && p.target.equals(targets.getFirst().name())).findFirst().orElseThrow();
            points.stream().filter(p -> p.operation.equals(operation) && !p.target.equals(barista.target))
                    .findFirst().ifPresent(peer -> report.goal(String.format(
                            "Barista's %s messages/s at %d clients >= ElasticMQ's", operation, CLIENTS),
                            String.format("%,.0f against %,.0f", barista.messagesPerSecond, peer.messagesPerSecond),
                            barista.messagesPerSecond >= peer.messagesPerSecond));
        }
    }

    private Point measure(String operation, Target target, String url) throws Exception {
        return switch (operation) {
            case "SendMessage" -> fixed(target, operation, sendMessage(target, url), 1);
            case "SendMessage (awsQuery)" -> fixed(target, operation, sendMessageQuery(target, url), 1);
            case "SendMessageBatch" -> fixed(target, operation, sendMessageBatch(target, url), 10);
            case "Receive+Delete" -> receiveAndDelete(target, url);
            default -> throw new IllegalStateException("no such operation: " + operation);
        };
    }

    private Point fixed(Target target, String operation, byte[] request, int messagesPerRequest) throws Exception {
        LoadGenerator.Result result = new LoadGenerator(target.address(), target.cpu())
                .run(target.name(), request, CLIENTS, options.warmup(), options.measure());
        return new Point(operation, target.name(), result.throughput(), result.throughput() * messagesPerRequest,
                result.p50Millis(), result.p99Millis(), result.errors(), result.firstError(), result.cpu(),
                result.count() * messagesPerRequest);
    }

    private Point receiveAndDelete(Target target, String url) throws Exception {
        byte[] receive = request(target.address(), "ReceiveMessage", "{\"QueueUrl\":\"" + url
                + "\",\"MaxNumberOfMessages\":10,\"WaitTimeSeconds\":0,\"VisibilityTimeout\":60}");
        long start = System.nanoTime() + 20_000_000L;
        long measureFrom = start + options.warmup().toNanos();
        long measureTo = measureFrom + options.measure().toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        List<Consumer> consumers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Consumer consumer = new Consumer(new HttpConnection(target.address()), target.address(), url, receive,
                    start, measureFrom, measureTo, done);
            consumers.add(consumer);
            Thread.ofPlatform().name("sqs-consumer-" + client).daemon().start(consumer);
        }
        sleepUntil(measureFrom);
        CpuMeter.Snapshot before = target.cpu().snapshot();
        sleepUntil(measureTo);
        CpuMeter.Snapshot after = target.cpu().snapshot();
        done.await();
        long[][] latencies = new long[CLIENTS][];
        int[] counts = new int[CLIENTS];
        long messages = 0;
        long errors = 0;
        String firstError = null;
        for (int client = 0; client < CLIENTS; client++) {
            Consumer consumer = consumers.get(client);
            latencies[client] = consumer.latencies;
            counts[client] = consumer.count;
            messages += consumer.messages;
            errors += consumer.errors;
            firstError = firstError == null ? consumer.firstError : firstError;
        }
        long[] merged = Percentiles.merge(latencies, counts);
        double seconds = options.measure().toNanos() / 1e9;
        return new Point("Receive+Delete", target.name(), merged.length / seconds, messages / seconds,
                merged.length == 0 ? Double.NaN : Percentiles.of(merged, 50) / 1e6,
                merged.length == 0 ? Double.NaN : Percentiles.of(merged, 99) / 1e6, errors, firstError,
                target.cpu().between(before, after), messages);
    }

    private static String createQueue(Target target, String name) throws IOException {
        try (HttpConnection connection = new HttpConnection(target.address())) {
            HttpConnection.Response response = connection.exchangeFull(request(target.address(), "CreateQueue",
                    "{\"QueueName\":\"" + name + "\"}"));
            if (response.status() != 200) {
                throw new IOException(target.name() + " CreateQueue answered " + response.status() + ": "
                        + response.bodyText());
            }
            return JSON.readTree(response.body()).get("QueueUrl").asText();
        }
    }

    private static byte[] sendMessage(Target target, String url) {
        return request(target.address(), "SendMessage", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"" + BODY
                + "\"}");
    }

    /** The same SendMessage in awsQuery, as the SDK for Java v1 sends it: a form posted to the queue URL. */
    private static byte[] sendMessageQuery(Target target, String url) {
        String path = java.net.URI.create(url).getPath();
        byte[] body = ("Action=SendMessage&Version=2012-11-05&MessageBody=" + BODY).getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + target.address().getHostString() + ":"
                + target.address().getPort() + "\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private static byte[] sendMessageBatch(Target target, String url) {
        StringBuilder entries = new StringBuilder();
        for (int index = 0; index < 10; index++) {
            entries.append(index == 0 ? "" : ",").append("{\"Id\":\"m").append(index).append("\",\"MessageBody\":\"")
                    .append(BODY).append("\"}");
        }
        return request(target.address(), "SendMessageBatch", "{\"QueueUrl\":\"" + url + "\",\"Entries\":["
                + entries + "]}");
    }

    /** An awsJson 1.0 request of SQS. */
    static byte[] request(InetSocketAddress address, String operation, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort() + "\r\n"
                + "X-Amz-Target: AmazonSQS." + operation + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private void row(Point point) {
        report.row(point.operation, point.target, String.format("%,.0f", point.requestsPerSecond),
                String.format("%,.0f", point.messagesPerSecond), Report.millis(point.p50Millis),
                Report.millis(point.p99Millis), point.errors == 0 ? "0"
                        : point.errors + " (" + Report.abbreviate(point.firstError, 60) + ")",
                String.format("%.0f / %.0f / %.0f (%.0f)", point.cpu.bench(), point.cpu.server(), point.cpu.other(),
                        point.cpu.machine()),
                point.messages == 0 ? "-" : String.format("%.0f", point.cpu.server() / 100.0
                        * options.measure().toNanos() / 1e3 / point.messages));
    }

    private static void sleepUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    /** One measured operation on one target. */
    private record Point(String operation, String target, double requestsPerSecond, double messagesPerSecond,
                         double p50Millis, double p99Millis, long errors, String firstError, CpuMeter.Usage cpu,
                         long messages) {
    }

    /** A client that receives up to 10 messages and deletes them in one batch, back to back. */
    private static final class Consumer implements Runnable {
        private final HttpConnection connection;
        private final InetSocketAddress address;
        private final String url;
        private final byte[] receive;
        private final long start;
        private final long measureFrom;
        private final long measureTo;
        private final CountDownLatch done;
        long[] latencies = new long[65_536];
        int count;
        long messages;
        long errors;
        String firstError;

        Consumer(HttpConnection connection, InetSocketAddress address, String url, byte[] receive, long start,
                 long measureFrom, long measureTo, CountDownLatch done) {
            this.connection = connection;
            this.address = address;
            this.url = url;
            this.receive = receive;
            this.start = start;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                sleepUntil(start);
                while (System.nanoTime() < measureTo) {
                    long sent = System.nanoTime();
                    int received = exchangePair();
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= measureTo && received > 0) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = answered - sent;
                        messages += received;
                    }
                }
            } finally {
                connection.close();
                done.countDown();
            }
        }

        /** One receive and the delete of what it got; the number of messages, 0 when none came or it failed. */
        private int exchangePair() {
            try {
                HttpConnection.Response response = connection.exchangeFull(receive);
                if (response.status() != 200) {
                    return failed("ReceiveMessage HTTP " + response.status());
                }
                JsonNode messagesNode = JSON.readTree(response.body()).path("Messages");
                if (messagesNode.isEmpty()) {
                    return 0;
                }
                StringBuilder entries = new StringBuilder();
                for (int index = 0; index < messagesNode.size(); index++) {
                    entries.append(index == 0 ? "" : ",").append("{\"Id\":\"e").append(index)
                            .append("\",\"ReceiptHandle\":")
                            .append(JSON.writeValueAsString(messagesNode.get(index).get("ReceiptHandle").asText()))
                            .append('}');
                }
                HttpConnection.Response deleted = connection.exchangeFull(request(address, "DeleteMessageBatch",
                        "{\"QueueUrl\":\"" + url + "\",\"Entries\":[" + entries + "]}"));
                if (deleted.status() != 200 || deleted.bodyText().contains("\"Failed\":[{")) {
                    return failed("DeleteMessageBatch HTTP " + deleted.status() + " " + deleted.bodyText());
                }
                return messagesNode.size();
            } catch (IOException failure) {
                try {
                    connection.reconnect();
                } catch (IOException ignored) {
                    LockSupport.parkNanos(10_000_000L);
                }
                return failed(failure.toString());
            }
        }

        private int failed(String error) {
            if (System.nanoTime() >= measureFrom) {
                errors++;
                firstError = firstError == null ? error : firstError;
            }
            return 0;
        }
    }
}
