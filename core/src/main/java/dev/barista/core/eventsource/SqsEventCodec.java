package dev.barista.core.eventsource;

import dev.barista.core.queue.ReceivedMessage;
import java.util.List;

/**
 * The JSON of SQS event source mappings (SPI): the event a batch is delivered in, the filter patterns messages are
 * matched against, and the partial-batch response a function may return. Core has no JSON library, so this is
 * implemented at the edge (see {@code docs/adr/0009-sqs-event-source-mappings.md}). Implementations are
 * thread-safe and stateless.
 */
public interface SqsEventCodec {

    /**
     * The event of one batch, {@code {"Records":[...]}}, each record in the shape of {@code aws-lambda-java-events}'
     * {@code SQSEvent.SQSMessage}, in the order given.
     */
    byte[] event(List<ReceivedMessage> messages, String queueArn, String region);

    /**
     * Compiles {@code FilterCriteria} patterns (EventBridge event patterns, any of which may match).
     *
     * @throws dev.barista.core.error.BaristaException INVALID_PARAMETER_VALUE ({@code Invalid filter pattern
     *     definition.}) when a pattern is not one
     */
    MessageFilter filter(List<String> patterns);

    /** Reads a function's response to a batch when {@code ReportBatchItemFailures} is on; never throws. */
    BatchItemFailures batchItemFailures(byte[] response);
}
