package dev.barista.aws.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.core.eventsource.BatchItemFailures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a function's {@code SQSBatchResponse} ({@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}]}})
 * as Lambda does: an empty or {@code null} response, an object without {@code batchItemFailures}, or a null or
 * empty list are full success; a response that is not JSON, not an object, or whose list does not hold objects
 * with a string (or null, or missing) {@code itemIdentifier} is unreadable, which fails the whole batch.
 */
final class BatchResponses {

    private BatchResponses() {
    }

    static BatchItemFailures read(byte[] response, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = isBlank(response) ? null : mapper.readTree(response);
        } catch (IOException notJson) {
            return new BatchItemFailures.Unreadable("the response is not JSON: " + notJson.getMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new BatchItemFailures.None();
        }
        if (!root.isObject()) {
            return new BatchItemFailures.Unreadable("the response is not a JSON object");
        }
        JsonNode failures = root.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return new BatchItemFailures.None();
        }
        if (!failures.isArray()) {
            return new BatchItemFailures.Unreadable("batchItemFailures is not a list");
        }
        List<String> identifiers = new ArrayList<>();
        for (JsonNode failure : failures) {
            if (!failure.isObject()) {
                return new BatchItemFailures.Unreadable("a batchItemFailures entry is not an object");
            }
            JsonNode identifier = failure.get("itemIdentifier");
            if (identifier == null || identifier.isNull()) {
                identifiers.add(null);
            } else if (identifier.isTextual()) {
                identifiers.add(identifier.textValue());
            } else {
                return new BatchItemFailures.Unreadable("an itemIdentifier is not a string");
            }
        }
        return identifiers.isEmpty() ? new BatchItemFailures.None() : new BatchItemFailures.Reported(identifiers);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte value : bytes) {
            if (value != ' ' && value != '\t' && value != '\n' && value != '\r') {
                return false;
            }
        }
        return true;
    }
}
