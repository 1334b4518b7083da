package dev.barista.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The smallest Lambda Runtime API that the official clients accept. Once: it hands out one event ({@code {}}) at
 * the first {@code /next}, records when the answer to it arrives, and holds every later {@code /next} open, to
 * time a runtime process started outside Barista from spawn to its first response. Continuous: every
 * {@code /next} gets an event at once and the arrival time of every response is recorded, to measure a runtime
 * client's own cost per event with an instant Runtime API.
 */
final class MiniRuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime";
    private static final String REQUEST_ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";

    static {
        // As Barista's own Runtime API does: without it the JDK server's separate header and body writes meet
        // Nagle's algorithm and delayed ACKs (40 ms stalls).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("mini-runtime-api-", 0).factory());
    private final AtomicBoolean handedOut = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** System.nanoTime() when the response arrived; completes exceptionally on an error report. */
    private final CompletableFuture<Long> answered = new CompletableFuture<>();
    private final boolean continuous;
    private long[] responses = new long[1 << 16];
    private int responseCount;
    private long events;

    MiniRuntimeApi() throws IOException {
        this(false);
    }

    MiniRuntimeApi(boolean continuous) throws IOException {
        this.continuous = continuous;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<Long> answered() {
        return answered;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long now = System.nanoTime();
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            if (path.endsWith("/invocation/next")) {
                if (!handedOut.compareAndSet(false, true) && !continuous) {
                    closed.await();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 60_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:000000000000:function:bare");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
                respond(exchange, 200, "{}");
            } else if (path.endsWith("/response")) {
                answered.complete(now);
                recordResponse(now);
                respond(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.endsWith("/error")) {
                answered.completeExceptionally(new IOException("the runtime reported an error at " + path));
                respond(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                respond(exchange, 404, "{}");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized String requestId() {
        long id = events++;
        return id == 0 ? REQUEST_ID : String.format("8476a536-e9f4-11e8-9739-%012x", id);
    }

    private synchronized void recordResponse(long now) {
        if (!continuous) {
            return;
        }
        if (responseCount == responses.length) {
            responses = java.util.Arrays.copyOf(responses, responses.length * 2);
        }
        responses[responseCount++] = now;
    }

    /** Arrival times (System.nanoTime) of every response so far, in order. */
    synchronized long[] responseTimes() {
        return java.util.Arrays.copyOf(responses, responseCount);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
