package dev.barista.core.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.queue.ReceivedMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchOutcomesTest {
    private static final List<ReceivedMessage> BATCH = List.of(message("a", null), message("b", null),
            message("c", null));
    private static final BatchResult SUCCESS = new BatchResult.Succeeded(new byte[0]);

    private static ReceivedMessage message(String id, String group) {
        return new ReceivedMessage(id, "handle-" + id, "body", "md5", null,
                group == null ? Map.of() : Map.of("MessageGroupId", group), Map.of());
    }

    private static BatchOutcomes.Settlement reporting(List<ReceivedMessage> batch, BatchItemFailures failures,
                                                      boolean fifo) {
        return BatchOutcomes.settle(batch, SUCCESS, true, fifo, response -> failures);
    }

    private static List<String> deleted(BatchOutcomes.Settlement settlement) {
        return settlement.delete().stream().map(ReceivedMessage::messageId).toList();
    }

    @Test
    void successDeletesTheWholeBatch() {
        BatchOutcomes.Settlement settlement = BatchOutcomes.settle(BATCH, SUCCESS, false, false, response -> {
            throw new AssertionError("the response is read only with ReportBatchItemFailures");
        });

        assertThat(deleted(settlement)).containsExactly("a", "b", "c");
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.SUCCEEDED);
    }

    @Test
    void aFunctionErrorDeletesNothing() {
        BatchOutcomes.Settlement settlement = BatchOutcomes.settle(BATCH, new BatchResult.FunctionFailed(), true,
                false, response -> new BatchItemFailures.None());

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.FAILED);
    }

    @Test
    void aThrottleDeletesNothing() {
        BatchOutcomes.Settlement settlement = BatchOutcomes.settle(BATCH, new BatchResult.Throttled(), false, false,
                response -> new BatchItemFailures.None());

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.THROTTLED);
    }

    @Test
    void anInvocationThatWasNotMadeDeletesNothing() {
        assertThat(BatchOutcomes.settle(BATCH, new BatchResult.NotInvoked("Function not found"), false, false,
                response -> new BatchItemFailures.None()).outcome()).isEqualTo(BatchOutcome.NOT_INVOKED);
    }

    @Test
    void reportedFailuresAreKeptAndTheRestDeleted() {
        BatchOutcomes.Settlement settlement = reporting(BATCH, new BatchItemFailures.Reported(List.of("b")), false);

        assertThat(deleted(settlement)).containsExactly("a", "c");
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.PARTIALLY_FAILED);
    }

    @Test
    void noReportedFailuresIsFullSuccess() {
        assertThat(deleted(reporting(BATCH, new BatchItemFailures.None(), false))).containsExactly("a", "b", "c");
        assertThat(deleted(reporting(BATCH, new BatchItemFailures.Reported(List.of()), false)))
                .containsExactly("a", "b", "c");
    }

    @Test
    void everyMessageReportedDeletesNothingButIsAPartialFailure() {
        BatchOutcomes.Settlement settlement = reporting(BATCH,
                new BatchItemFailures.Reported(List.of("a", "b", "c")), false);

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.PARTIALLY_FAILED);
    }

    @Test
    void anEmptyItemIdentifierFailsTheWholeBatch() {
        BatchOutcomes.Settlement settlement = reporting(BATCH, new BatchItemFailures.Reported(List.of("a", "")),
                false);

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.FAILED);
    }

    @Test
    void aNullItemIdentifierFailsTheWholeBatch() {
        assertThat(reporting(BATCH, new BatchItemFailures.Reported(Arrays.asList("a", null)), false).outcome())
                .isEqualTo(BatchOutcome.FAILED);
    }

    @Test
    void anUnknownItemIdentifierFailsTheWholeBatch() {
        BatchOutcomes.Settlement settlement = reporting(BATCH,
                new BatchItemFailures.Reported(List.of("b", "not-in-batch")), false);

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.FAILED);
    }

    @Test
    void anUnreadableResponseFailsTheWholeBatch() {
        BatchOutcomes.Settlement settlement = reporting(BATCH, new BatchItemFailures.Unreadable("not JSON"), false);

        assertThat(settlement.delete()).isEmpty();
        assertThat(settlement.outcome()).isEqualTo(BatchOutcome.FAILED);
    }

    @Test
    void fifoKeepsEveryLaterMessageOfAFailedGroup() {
        List<ReceivedMessage> batch = List.of(message("g1-1", "g1"), message("g2-1", "g2"), message("g1-2", "g1"),
                message("g1-3", "g1"), message("g2-2", "g2"));

        BatchOutcomes.Settlement settlement = reporting(batch, new BatchItemFailures.Reported(List.of("g1-2")),
                true);

        assertThat(deleted(settlement)).containsExactly("g1-1", "g2-1", "g2-2");
    }

    @Test
    void standardQueuesKeepOnlyTheReportedMessages() {
        List<ReceivedMessage> batch = List.of(message("m1", null), message("m2", null), message("m3", null));

        assertThat(deleted(reporting(batch, new BatchItemFailures.Reported(List.of("m1")), false)))
                .containsExactly("m2", "m3");
    }
}
