package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A codec with a toy syntax, so that core's tests need no JSON: an event is {@code ids=<id>,<id>}; a filter
 * pattern {@code body=<text>} matches bodies equal to the text and {@code invalid} is refused; a response
 * {@code failures:<id>,<id>} reports those ids, {@code failures:} with a trailing {@code ,} reports an empty id,
 * an empty response reports none, and anything else is unreadable.
 */
final class FakeSqsEventCodec implements SqsEventCodec {

    @Override
    public byte[] event(List<ReceivedMessage> messages, String queueArn, String region) {
        return ("ids=" + messages.stream().map(ReceivedMessage::messageId).collect(Collectors.joining(",")))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public MessageFilter filter(List<String> patterns) {
        if (patterns.contains("invalid")) {
            throw BaristaException.invalidParameter("Invalid filter pattern definition.");
        }
        if (patterns.isEmpty()) {
            return MessageFilter.all();
        }
        return (message, queueArn, region) -> patterns.contains("body=" + message.body());
    }

    @Override
    public BatchItemFailures batchItemFailures(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new BatchItemFailures.None();
        }
        if (!text.startsWith("failures:")) {
            return new BatchItemFailures.Unreadable("not a failure list: " + text);
        }
        return new BatchItemFailures.Reported(Arrays.asList(text.substring("failures:".length()).split(",", -1)));
    }

    /** The ids an event made by {@link #event} holds. */
    static List<String> ids(byte[] event) {
        String text = new String(event, StandardCharsets.UTF_8).substring("ids=".length());
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
