package dev.barista.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds requests and reads responses in tests. */
public final class TestRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRequests() {
    }

    /**
     * @param target path and optional query, such as {@code /2015-03-31/functions?MaxItems=1}
     * @param headers alternating names and values
     */
    public static HttpRequest request(String method, String target, String body, String... headers) {
        int question = target.indexOf('?');
        HttpHeaders.Builder builder = HttpHeaders.of(headers).toBuilder();
        if (!builder.contains("Host")) {
            builder.add("Host", "localhost:4566");
        }
        return new HttpRequest(method, question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), builder.build(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonNode json(HttpResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    public static String text(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
