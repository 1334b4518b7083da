package dev.barista.aws.lambda.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.barista.core.error.BaristaException;
import dev.barista.core.eventsource.BatchItemFailures;
import dev.barista.core.eventsource.MessageFilter;
import dev.barista.core.eventsource.SqsEventCodec;
import dev.barista.core.queue.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Core's {@link SqsEventCodec} with Jackson: the SQS event in the shape of {@code aws-lambda-java-events}'
 * {@code SQSEvent}, EventBridge filter patterns ({@link EventPattern}) matched against each message's record with
 * its body parsed when it is a JSON object or array, and partial batch responses ({@link BatchResponses}).
 * Numbers are read exactly, so that patterns compare them by their JSON text as Lambda does. Thread-safe.
 */
public final class JacksonSqsEventCodec implements SqsEventCodec {
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    private final ObjectMapper mapper = JsonMapper.builder()
            .nodeFactory(nodes)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public byte[] event(List<ReceivedMessage> messages, String queueArn, String region) {
        ObjectNode event = nodes.objectNode();
        ArrayNode records = event.putArray("Records");
        for (ReceivedMessage message : messages) {
            records.add(SqsRecords.record(message, TextNode.valueOf(message.body()), queueArn, region, nodes));
        }
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings is always JSON", impossible);
        }
    }

    @Override
    public MessageFilter filter(List<String> patterns) {
        if (patterns.isEmpty()) {
            return MessageFilter.all();
        }
        List<EventPattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                compiled.add(EventPattern.compile(mapper.readTree(pattern)));
            } catch (JsonProcessingException | EventPattern.InvalidPatternException | IllegalArgumentException invalid) {
                throw BaristaException.invalidParameter("Invalid filter pattern definition.");
            }
        }
        List<EventPattern> all = List.copyOf(compiled);
        return (message, queueArn, region) -> {
            ObjectNode record = SqsRecords.record(message, bodyForFiltering(message.body()), queueArn, region, nodes);
            return all.stream().anyMatch(pattern -> pattern.matches(record));
        };
    }

    @Override
    public BatchItemFailures batchItemFailures(byte[] response) {
        return BatchResponses.read(response, mapper);
    }

    /** A body that is a JSON object or array is matched as JSON, any other as the string it is. */
    private JsonNode bodyForFiltering(String body) {
        try {
            JsonNode parsed = mapper.readTree(body);
            if (parsed != null && parsed.isContainerNode()) {
                return parsed;
            }
        } catch (JsonProcessingException notJson) {
            // a plain string body
        }
        return TextNode.valueOf(body);
    }
}
