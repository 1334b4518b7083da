package dev.barista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The CloudWatch Logs operations the bench needs, as plain awsJson 1.1 on one keep-alive connection. Not thread-safe.
 */
final class LogsClient implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InetSocketAddress address;
    private final HttpConnection connection;

    LogsClient(InetSocketAddress address) throws IOException {
        this.address = address;
        this.connection = new HttpConnection(address);
    }

    /** Calls {@code Logs_20140328.<operation>}; an error answer is an {@link IOException}. */
    JsonNode call(String operation, String body) throws IOException {
        HttpConnection.Response response = connection.exchangeFull(HttpConnection.request("POST", "/", address, body,
                Map.of("X-Amz-Target", "Logs_20140328." + operation)));
        if (response.status() != 200) {
            throw new IOException(operation + ": HTTP " + response.status() + " " + response.bodyText());
        }
        return JSON.readTree(response.body());
    }

    /** Like {@link #call}, but an absent resource is not an error. */
    void callIgnoringMissing(String operation, String body) throws IOException {
        HttpConnection.Response response = connection.exchangeFull(HttpConnection.request("POST", "/", address, body,
                Map.of("X-Amz-Target", "Logs_20140328." + operation)));
        if (response.status() != 200 && !response.bodyText().contains("ResourceNotFoundException")) {
            throw new IOException(operation + ": HTTP " + response.status() + " " + response.bodyText());
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
