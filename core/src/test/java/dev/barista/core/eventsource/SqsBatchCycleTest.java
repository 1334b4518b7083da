package dev.barista.core.eventsource;

import static dev.barista.core.eventsource.EventSourceMappingFixture.FIFO_QUEUE;
import static dev.barista.core.eventsource.EventSourceMappingFixture.QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.BaristaException;
import dev.barista.core.invoke.InvocationType;
import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.queue.ReceivedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsBatchCycleTest {
    private final EventSourceMappingFixture fixture = new EventSourceMappingFixture();
    private final FakeMessageQueues queues = fixture.queues;
    private final FakeSqsEventCodec codec = new FakeSqsEventCodec();
    private final FakeBatchInvoker invoker = new FakeBatchInvoker();
    private final SqsBatchCycle cycle = new SqsBatchCycle(queues, codec, invoker, fixture.clock, "us-east-1");

    private static EventSourceMapping mapping(String queueArn, int batchSize, int window, List<String> patterns,
                                              boolean report) {
        return new EventSourceMapping("uuid-1", queueArn, "worker", "live", batchSize, window, patterns, null,
                report, true, EventSourceMappingState.ENABLED, EventSourceMapping.USER_INITIATED,
                Instant.parse("2026-11-22T09:00:00Z"));
    }

    private PolledMapping polled(EventSourceMapping mapping) {
        return new PolledMapping(mapping, codec.filter(mapping.filterPatterns()),
                PolledMapping.fifo(mapping.eventSourceArn()));
    }

    private SqsBatchCycle.Report run(EventSourceMapping mapping) {
        PolledMapping polled = polled(mapping);
        return cycle.run(() -> polled, () -> true);
    }

    private List<String> send(String queueArn, String... bodies) {
        return java.util.Arrays.stream(bodies).map(body -> queues.send(queueArn, body)).toList();
    }

    @Test
    void aSuccessfulBatchIsDeleted() {
        List<String> ids = send(QUEUE, "one", "two", "three");

        SqsBatchCycle.Report report = run(mapping(QUEUE, 10, 0, List.of(), false));

        assertThat(invoker.batches()).containsExactly(ids);
        assertThat(queues.messageIds(QUEUE)).isEmpty();
        assertThat(report).isEqualTo(new SqsBatchCycle.Report(BatchOutcome.SUCCEEDED, false, 3));
    }

    @Test
    void theFunctionIsInvokedSynchronouslyAsTheMappingNamesIt() {
        send(QUEUE, "one");

        run(mapping(QUEUE, 10, 0, List.of(), false));

        InvokeRequest request = invoker.requests().getFirst();
        assertThat(request.functionNameOrArn()).isEqualTo("worker");
        assertThat(request.qualifier()).isEqualTo("live");
        assertThat(request.type()).isEqualTo(InvocationType.REQUEST_RESPONSE);
    }

    @Test
    void anEmptyQueueLongPollsAndReportsEmpty() {
        Instant before = fixture.clock.instant();

        SqsBatchCycle.Report report = run(mapping(QUEUE, 10, 0, List.of(), false));

        assertThat(report.outcome()).isEqualTo(BatchOutcome.EMPTY);
        assertThat(invoker.batches()).isEmpty();
        assertThat(Duration.between(before, fixture.clock.instant())).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aFunctionErrorLeavesTheBatchToComeBackAfterTheVisibilityTimeout() {
        List<String> ids = send(QUEUE, "one", "two");
        invoker.answer(batch -> FakeBatchInvoker.fail());
        EventSourceMapping mapping = mapping(QUEUE, 10, 0, List.of(), false);

        assertThat(run(mapping).outcome()).isEqualTo(BatchOutcome.FAILED);
        assertThat(queues.messageIds(QUEUE)).containsExactlyElementsOf(ids);
        assertThat(run(mapping).outcome()).isEqualTo(BatchOutcome.EMPTY);
        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(run(mapping).outcome()).isEqualTo(BatchOutcome.FAILED);

        assertThat(invoker.batches()).containsExactly(ids, ids);
    }

    @Test
    void failingMessagesEndInTheDeadLetterQueueAfterMaxReceiveCount() {
        String redriven = "arn:aws:sqs:us-east-1:000000000000:redriven";
        queues.createQueue(redriven, Duration.ofSeconds(30), EventSourceMappingFixture.DEAD_LETTERS, 2);
        List<String> ids = send(redriven, "poison");
        invoker.answer(batch -> FakeBatchInvoker.fail());
        EventSourceMapping mapping = mapping(redriven, 10, 0, List.of(), false);

        run(mapping);
        fixture.clock.advance(Duration.ofSeconds(30));
        run(mapping);
        fixture.clock.advance(Duration.ofSeconds(30));
        SqsBatchCycle.Report third = run(mapping);

        assertThat(invoker.batches()).hasSize(2);
        assertThat(third.outcome()).isEqualTo(BatchOutcome.EMPTY);
        assertThat(queues.messageIds(redriven)).isEmpty();
        assertThat(queues.messageIds(EventSourceMappingFixture.DEAD_LETTERS)).containsExactlyElementsOf(ids);
    }

    @Test
    void aThrottledBatchIsNotLost() {
        List<String> ids = send(QUEUE, "one", "two");
        invoker.answer(batch -> FakeBatchInvoker.throttle());

        SqsBatchCycle.Report report = run(mapping(QUEUE, 10, 0, List.of(), false));

        assertThat(report.outcome()).isEqualTo(BatchOutcome.THROTTLED);
        assertThat(queues.messageIds(QUEUE)).containsExactlyElementsOf(ids);
    }

    @Test
    void aDeletedFunctionLeavesTheMessagesInTheQueue() {
        List<String> ids = send(QUEUE, "one");
        invoker.answer(batch -> {
            throw BaristaException.notFound("Function not found: arn:aws:lambda:us-east-1:000000000000:function:x");
        });

        assertThat(run(mapping(QUEUE, 10, 0, List.of(), false)).outcome()).isEqualTo(BatchOutcome.NOT_INVOKED);
        assertThat(queues.messageIds(QUEUE)).containsExactlyElementsOf(ids);
    }

    @Test
    void reportedBatchItemFailuresStayAndTheRestIsDeleted() {
        List<String> ids = send(QUEUE, "one", "two", "three");
        invoker.answer(batch -> FakeBatchInvoker.succeed("failures:" + ids.get(1)));

        SqsBatchCycle.Report report = run(mapping(QUEUE, 10, 0, List.of(), true));

        assertThat(report.outcome()).isEqualTo(BatchOutcome.PARTIALLY_FAILED);
        assertThat(queues.messageIds(QUEUE)).containsExactly(ids.get(1));
    }

    @Test
    void anUnknownReportedIdentifierKeepsTheWholeBatch() {
        List<String> ids = send(QUEUE, "one", "two");
        invoker.answer(batch -> FakeBatchInvoker.succeed("failures:someone-else"));

        assertThat(run(mapping(QUEUE, 10, 0, List.of(), true)).outcome()).isEqualTo(BatchOutcome.FAILED);
        assertThat(queues.messageIds(QUEUE)).containsExactlyElementsOf(ids);
    }

    @Test
    void withoutReportBatchItemFailuresTheResponseIsIgnored() {
        send(QUEUE, "one", "two");
        invoker.answer(batch -> FakeBatchInvoker.succeed("failures:anything"));

        run(mapping(QUEUE, 10, 0, List.of(), false));

        assertThat(queues.messageIds(QUEUE)).isEmpty();
    }

    @Test
    void messagesNoFilterMatchesAreDeletedWithoutReachingTheFunction() {
        List<String> ids = send(QUEUE, "keep", "drop", "keep");

        run(mapping(QUEUE, 10, 0, List.of("body=keep"), false));

        assertThat(invoker.batches()).containsExactly(List.of(ids.get(0), ids.get(2)));
        assertThat(queues.messageIds(QUEUE)).isEmpty();
    }

    @Test
    void aReceiveWhollyFilteredOutInvokesNothing() {
        send(QUEUE, "drop", "drop");

        SqsBatchCycle.Report report = run(mapping(QUEUE, 10, 0, List.of("body=keep"), false));

        assertThat(invoker.batches()).isEmpty();
        assertThat(queues.messageIds(QUEUE)).isEmpty();
        assertThat(report.delivered()).isZero();
    }

    @Test
    void aBatchingWindowGathersSeveralReceivesUntilItPasses() {
        send(QUEUE, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        Instant start = fixture.clock.instant();

        SqsBatchCycle.Report report = run(mapping(QUEUE, 100, 5, List.of(), false));

        assertThat(invoker.batches()).singleElement().satisfies(batch -> assertThat(batch).hasSize(12));
        assertThat(Duration.between(start, fixture.clock.instant())).isEqualTo(Duration.ofSeconds(5));
        assertThat(report.full()).isFalse();
    }

    @Test
    void aBatchingWindowEndsEarlyWhenTheBatchIsFull() {
        for (int message = 0; message < 20; message++) {
            queues.send(QUEUE, "m" + message);
        }
        Instant start = fixture.clock.instant();

        SqsBatchCycle.Report report = run(mapping(QUEUE, 15, 300, List.of(), false));

        assertThat(invoker.batches()).singleElement().satisfies(batch -> assertThat(batch).hasSize(15));
        assertThat(fixture.clock.instant()).isEqualTo(start);
        assertThat(report.full()).isTrue();
        assertThat(queues.messageIds(QUEUE)).hasSize(5);
    }

    @Test
    void aFullReceiveTellsThatMoreMessagesWait() {
        for (int message = 0; message < 12; message++) {
            queues.send(QUEUE, "m" + message);
        }

        assertThat(run(mapping(QUEUE, 10, 0, List.of(), false)).full()).isTrue();
    }

    @Test
    void fifoGroupsStopAtTheirFirstFailedMessage() {
        String g1First = queues.sendToGroup(FIFO_QUEUE, "a", "g1");
        String g2First = queues.sendToGroup(FIFO_QUEUE, "b", "g2");
        String g1Second = queues.sendToGroup(FIFO_QUEUE, "c", "g1");
        invoker.answer(batch -> FakeBatchInvoker.succeed("failures:" + g1First));

        run(mapping(FIFO_QUEUE, 10, 0, List.of(), true));

        assertThat(queues.messageIds(FIFO_QUEUE)).containsExactly(g1First, g1Second);
        assertThat(queues.messageIds(FIFO_QUEUE)).doesNotContain(g2First);
    }

    @Test
    void aStoppingPollerReleasesWhatItGathered() {
        List<String> ids = send(QUEUE, "one", "two");

        PolledMapping polled = polled(mapping(QUEUE, 10, 0, List.of(), false));
        SqsBatchCycle.Report report = cycle.run(() -> polled, () -> false);

        assertThat(report.outcome()).isEqualTo(BatchOutcome.EMPTY);
        assertThat(invoker.batches()).isEmpty();
        run(mapping(QUEUE, 10, 0, List.of(), false));
        assertThat(invoker.batches()).containsExactly(ids);
    }

    @Test
    void aBatchOverTheInvocationPayloadLimitReleasesItsLastMessages() {
        SqsEventCodec bulky = new SqsEventCodec() {
            @Override
            public byte[] event(List<ReceivedMessage> messages, String queueArn, String region) {
                byte[] ids = codec.event(messages, queueArn, region);
                return messages.size() <= 6 ? ids : new byte[messages.size() * 1_000_000];
            }

            @Override
            public MessageFilter filter(List<String> patterns) {
                return codec.filter(patterns);
            }

            @Override
            public BatchItemFailures batchItemFailures(byte[] response) {
                return codec.batchItemFailures(response);
            }
        };
        List<String> ids = send(QUEUE, "1", "2", "3", "4", "5", "6", "7", "8");
        SqsBatchCycle trimming = new SqsBatchCycle(queues, bulky, invoker, fixture.clock, "us-east-1");

        PolledMapping polled = polled(mapping(QUEUE, 10, 0, List.of(), false));
        trimming.run(() -> polled, () -> true);

        assertThat(invoker.batches()).containsExactly(ids.subList(0, 6));
        assertThat(queues.messageIds(QUEUE)).containsExactlyElementsOf(ids.subList(6, 8));
        run(mapping(QUEUE, 10, 0, List.of(), false));
        assertThat(queues.messageIds(QUEUE)).isEmpty();
    }
}
