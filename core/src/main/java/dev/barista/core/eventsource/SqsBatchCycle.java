package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.invoke.InvocationService;
import dev.barista.core.invoke.InvocationType;
import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.ReceivedMessage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One batch of one mapping, start to end: gather it from the queue ({@link BatchingWindow}), delete the messages
 * no filter matches (as Lambda does for SQS), invoke the function synchronously with the SQS event, and delete what
 * {@link BatchOutcomes} says. Thread-safe: each poller runs its own cycles; the collaborators are thread-safe.
 */
final class SqsBatchCycle {
    private static final System.Logger LOGGER = System.getLogger(SqsBatchCycle.class.getName());

    private final MessageQueues queues;
    private final SqsEventCodec codec;
    private final BatchInvoker invoker;
    private final Clock clock;
    private final String region;

    SqsBatchCycle(MessageQueues queues, SqsEventCodec codec, BatchInvoker invoker, Clock clock, String region) {
        this.queues = Objects.requireNonNull(queues, "queues");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.invoker = Objects.requireNonNull(invoker, "invoker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.region = Objects.requireNonNull(region, "region");
    }

    /**
     * Runs one batch. The batch keeps the settings it started with, but each message is filtered as it arrives
     * with the filter current then, so that messages sent after an update are filtered by the new criteria.
     *
     * @param current the mapping's settings now
     * @param active false once the mapping's pollers are stopping: a batch gathered meanwhile is released (made
     *     visible again) instead of delivered
     */
    Report run(Supplier<PolledMapping> current, BooleanSupplier active) {
        PolledMapping polled = current.get();
        EventSourceMapping mapping = polled.mapping();
        String queueArn = mapping.eventSourceArn();
        List<ReceivedMessage> batch = new ArrayList<>();
        long bytes = 0;
        Instant firstArrival = null;
        boolean lastReceiveFull = false;
        while (BatchingWindow.next(mapping.batchSize(), mapping.maximumBatchingWindowSeconds(), batch.size(), bytes,
                firstArrival, clock.instant()) instanceof BatchingWindow.Step.Receive receive) {
            List<ReceivedMessage> received;
            try {
                received = queues.receive(queueArn, receive.maxMessages(), null, receive.longPoll());
            } catch (RuntimeException failure) {
                release(queueArn, batch);
                LOGGER.log(Level.WARNING, "event source mapping {0} cannot receive from {1}: {2}", mapping.uuid(),
                        queueArn, failure.getMessage());
                return new Report(BatchOutcome.NOT_INVOKED, false, 0);
            }
            if (!active.getAsBoolean()) {
                release(queueArn, batch);
                release(queueArn, received);
                return new Report(BatchOutcome.EMPTY, false, 0);
            }
            lastReceiveFull = received.size() == receive.maxMessages();
            int before = batch.size();
            for (ReceivedMessage message : received) {
                if (current.get().filter().matches(message, queueArn, region)) {
                    batch.add(message);
                    bytes += message.body().length();
                } else {
                    queues.delete(queueArn, message.receiptHandle());
                }
            }
            if (firstArrival == null && batch.size() > before) {
                firstArrival = clock.instant();
            }
            if (batch.isEmpty()) {
                return new Report(received.isEmpty() ? BatchOutcome.EMPTY : BatchOutcome.SUCCEEDED, lastReceiveFull,
                        0);
            }
        }
        boolean full = batch.size() >= mapping.batchSize() || lastReceiveFull;
        byte[] event = fitToPayloadLimit(queueArn, batch);
        BatchResult result = invoke(mapping, event);
        BatchOutcomes.Settlement settlement = BatchOutcomes.settle(batch, result, mapping.reportBatchItemFailures(),
                polled.fifo(), codec::batchItemFailures);
        queues.deleteAll(queueArn, settlement.delete().stream().map(ReceivedMessage::receiptHandle).toList());
        return new Report(settlement.outcome(), full, batch.size());
    }

    /** Drops messages from the end of the batch, making them visible again, until the event fits in 6 MB. */
    private byte[] fitToPayloadLimit(String queueArn, List<ReceivedMessage> batch) {
        byte[] event = codec.event(batch, queueArn, region);
        while (event.length > InvocationService.SYNCHRONOUS_PAYLOAD_LIMIT && batch.size() > 1) {
            release(queueArn, List.of(batch.removeLast()));
            event = codec.event(batch, queueArn, region);
        }
        return event;
    }

    private BatchResult invoke(EventSourceMapping mapping, byte[] event) {
        try {
            InvokeResult result = invoker.invoke(new InvokeRequest(mapping.functionName(),
                    mapping.functionQualifier(), InvocationType.REQUEST_RESPONSE, false, event, null));
            return result.functionError() == null
                    ? new BatchResult.Succeeded(result.payload()) : new BatchResult.FunctionFailed();
        } catch (BaristaException exception) {
            if (exception.code() == ErrorCode.TOO_MANY_REQUESTS) {
                return new BatchResult.Throttled();
            }
            LOGGER.log(Level.WARNING, "event source mapping {0} cannot invoke {1}: {2}", mapping.uuid(),
                    mapping.functionName(), exception.getMessage());
            return new BatchResult.NotInvoked(exception.getMessage());
        }
    }

    private void release(String queueArn, List<ReceivedMessage> messages) {
        for (ReceivedMessage message : messages) {
            try {
                queues.changeVisibility(queueArn, message.receiptHandle(), Duration.ZERO);
            } catch (RuntimeException failure) {
                LOGGER.log(Level.DEBUG, "cannot release a message of " + queueArn, failure);
            }
        }
    }

    /**
     * How a batch went.
     *
     * @param full whether more messages were waiting: the batch was full or the last receive was
     * @param delivered how many messages the function was given
     */
    record Report(BatchOutcome outcome, boolean full, int delivered) {
    }
}
