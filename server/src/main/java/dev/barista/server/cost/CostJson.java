package dev.barista.server.cost;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes and reads {@link CostReportDocument}s: decimals exact and plain (never {@code 1E+3}). */
final class CostJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CostJson() {
    }

    static byte[] write(Object document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String writePretty(Object document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static CostReportDocument read(String json) throws IOException {
        return JSON.readValue(json, CostReportDocument.class);
    }

    static String message(String json) {
        try {
            return JSON.readTree(json).path("message").asText(json);
        } catch (IOException notJson) {
            return json;
        }
    }
}
