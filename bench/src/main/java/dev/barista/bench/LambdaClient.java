package dev.barista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Lambda operations the bench needs, as plain HTTP on one keep-alive connection (Barista checks no
 * signatures). Not thread-safe.
 */
final class LambdaClient implements Closeable {
    static final String ROLE = "arn:aws:iam::000000000000:role/lambda";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INIT_DURATION = Pattern.compile("Init Duration: ([0-9.]+) ms");
    private static final Pattern DURATION = Pattern.compile("\tDuration: ([0-9.]+) ms");
    private static final Pattern MAX_MEMORY = Pattern.compile("Max Memory Used: ([0-9]+) MB");

    /** One invocation as the client saw it, with what the REPORT line of its log tail says. */
    record Invocation(int status, String body, String functionError, long elapsedNanos, String log) {
        Optional<Double> initDurationMillis() {
            return match(INIT_DURATION).map(Double::parseDouble);
        }

        Optional<Double> durationMillis() {
            return match(DURATION).map(Double::parseDouble);
        }

        Optional<Integer> maxMemoryUsedMegabytes() {
            return match(MAX_MEMORY).map(Integer::parseInt);
        }

        boolean succeeded() {
            return status == 200 && functionError == null;
        }

        String describeFailure() {
            return "HTTP " + status + (functionError == null ? "" : " " + functionError) + ": " + body;
        }

        private Optional<String> match(Pattern pattern) {
            if (log == null) {
                return Optional.empty();
            }
            Matcher matcher = pattern.matcher(log);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    private final InetSocketAddress address;
    private final HttpConnection connection;

    LambdaClient(InetSocketAddress address) throws IOException {
        this.address = address;
        this.connection = new HttpConnection(address);
    }

    InetSocketAddress address() {
        return address;
    }

    void createFunction(String name, String runtime, String handler, byte[] zip, int memoryMegabytes,
                        int timeoutSeconds, Map<String, String> environment) throws IOException {
        ObjectNode request = JSON.createObjectNode()
                .put("FunctionName", name)
                .put("Runtime", runtime)
                .put("Role", ROLE)
                .put("Handler", handler)
                .put("MemorySize", memoryMegabytes)
                .put("Timeout", timeoutSeconds);
        request.putObject("Code").put("ZipFile", Base64.getEncoder().encodeToString(zip));
        if (!environment.isEmpty()) {
            ObjectNode variables = request.putObject("Environment").putObject("Variables");
            environment.forEach(variables::put);
        }
        HttpConnection.Response response = send("POST", "/2015-03-31/functions", request.toString());
        if (response.status() != 201) {
            throw new IOException("CreateFunction " + name + ": HTTP " + response.status() + " " + response.bodyText());
        }
        awaitState(name);
    }

    void updateEnvironment(String name, Map<String, String> environment) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        ObjectNode variables = request.putObject("Environment").putObject("Variables");
        environment.forEach(variables::put);
        HttpConnection.Response response = send("PUT", "/2015-03-31/functions/" + name + "/configuration",
                request.toString());
        if (response.status() != 200) {
            throw new IOException("UpdateFunctionConfiguration " + name + ": HTTP " + response.status() + " "
                    + response.bodyText());
        }
        awaitState(name);
    }

    /** Waits until State is Active and LastUpdateStatus Successful, as the SDK waiters do. */
    private void awaitState(String name) throws IOException {
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpConnection.Response response = send("GET", "/2015-03-31/functions/" + name + "/configuration", null);
            JsonNode configuration = JSON.readTree(response.body());
            String state = configuration.path("State").asText("Active");
            String update = configuration.path("LastUpdateStatus").asText("Successful");
            if (state.equals("Active") && update.equals("Successful")) {
                return;
            }
            if (state.equals("Failed") || update.equals("Failed")) {
                throw new IOException(name + " failed: " + response.bodyText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        throw new IOException(name + " did not become active");
    }

    void deleteFunction(String name) throws IOException {
        HttpConnection.Response response = send("DELETE", "/2015-03-31/functions/" + name, null);
        if (response.status() != 204 && response.status() != 404) {
            throw new IOException("DeleteFunction " + name + ": HTTP " + response.status() + " " + response.bodyText());
        }
    }

    /** CreateEventSourceMapping of an SQS queue; answers the mapping's UUID (it may still be Creating). */
    String createEventSourceMapping(String function, String queueArn, int batchSize, boolean enabled)
            throws IOException {
        ObjectNode request = JSON.createObjectNode().put("FunctionName", function).put("EventSourceArn", queueArn)
                .put("BatchSize", batchSize).put("Enabled", enabled);
        HttpConnection.Response response = send("POST", "/2015-03-31/event-source-mappings", request.toString());
        if (response.status() != 202) {
            throw new IOException("CreateEventSourceMapping: HTTP " + response.status() + " " + response.bodyText());
        }
        return JSON.readTree(response.body()).path("UUID").asText();
    }

    /** UpdateEventSourceMapping of {@code Enabled} only. */
    void enableEventSourceMapping(String uuid, boolean enabled) throws IOException {
        HttpConnection.Response response = send("PUT", "/2015-03-31/event-source-mappings/" + uuid,
                JSON.createObjectNode().put("Enabled", enabled).toString());
        if (response.status() != 202) {
            throw new IOException("UpdateEventSourceMapping: HTTP " + response.status() + " " + response.bodyText());
        }
    }

    /** Waits (polling every 20 ms, at most 60 s) until the mapping's State is {@code state}. */
    void awaitEventSourceMapping(String uuid, String state) throws IOException {
        for (int attempt = 0; attempt < 3000; attempt++) {
            HttpConnection.Response response = send("GET", "/2015-03-31/event-source-mappings/" + uuid, null);
            if (state.equals(JSON.readTree(response.body()).path("State").asText())) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        throw new IOException("event source mapping " + uuid + " did not become " + state);
    }

    void deleteEventSourceMapping(String uuid) throws IOException {
        HttpConnection.Response response = send("DELETE", "/2015-03-31/event-source-mappings/" + uuid, null);
        if (response.status() != 202 && response.status() != 404) {
            throw new IOException("DeleteEventSourceMapping: HTTP " + response.status() + " " + response.bodyText());
        }
    }

    /** A synchronous invocation with {@code LogType: Tail}, timed from the first byte sent to the last received. */
    Invocation invoke(String name, String payload) throws IOException {
        return invoke(connection, address, name, payload);
    }

    static byte[] invokeRequest(InetSocketAddress address, String name, String payload, boolean tail) {
        return HttpConnection.request("POST", "/2015-03-31/functions/" + name + "/invocations", address, payload,
                tail ? Map.of("X-Amz-Log-Type", "Tail") : Map.of());
    }

    static Invocation invoke(HttpConnection connection, InetSocketAddress address, String name, String payload)
            throws IOException {
        byte[] request = invokeRequest(address, name, payload, true);
        long start = System.nanoTime();
        HttpConnection.Response response = connection.exchangeFull(request);
        long elapsed = System.nanoTime() - start;
        return parse(response, elapsed);
    }

    static Invocation parse(HttpConnection.Response response, long elapsedNanos) {
        String tail = response.header("X-Amz-Log-Result");
        String log = tail == null ? null : new String(Base64.getDecoder().decode(tail), StandardCharsets.UTF_8);
        return new Invocation(response.status(), response.bodyText(), response.header("X-Amz-Function-Error"),
                elapsedNanos, log);
    }

    private HttpConnection.Response send(String method, String path, String body) throws IOException {
        return connection.exchangeFull(HttpConnection.request(method, path, address, body, Map.of()));
    }

    @Override
    public void close() {
        connection.close();
    }
}
