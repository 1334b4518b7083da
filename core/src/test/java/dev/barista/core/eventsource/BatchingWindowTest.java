package dev.barista.core.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchingWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void anEmptyBatchLongPollsForAtMostTenMessages() {
        assertThat(BatchingWindow.next(10_000, 60, 0, 0, null, NOW))
                .isEqualTo(new BatchingWindow.Step.Receive(10, Duration.ofSeconds(20)));
        assertThat(BatchingWindow.next(3, 0, 0, 0, null, NOW))
                .isEqualTo(new BatchingWindow.Step.Receive(3, Duration.ofSeconds(20)));
    }

    @Test
    void withoutAWindowTheFirstMessagesAreTheBatch() {
        assertThat(BatchingWindow.next(10, 0, 4, 100, NOW, NOW)).isEqualTo(new BatchingWindow.Step.Invoke());
    }

    @Test
    void aWindowKeepsGatheringUntilItPasses() {
        assertThat(BatchingWindow.next(100, 5, 10, 100, NOW, NOW.plusSeconds(2)))
                .isEqualTo(new BatchingWindow.Step.Receive(10, Duration.ofSeconds(3)));
        assertThat(BatchingWindow.next(100, 5, 10, 100, NOW, NOW.plusSeconds(5)))
                .isEqualTo(new BatchingWindow.Step.Invoke());
    }

    @Test
    void aLongWindowPollsTwentySecondsAtATime() {
        assertThat(BatchingWindow.next(100, 300, 1, 10, NOW, NOW.plusSeconds(1)))
                .isEqualTo(new BatchingWindow.Step.Receive(10, Duration.ofSeconds(20)));
    }

    @Test
    void theLastReceiveAsksOnlyForWhatTheBatchLacks() {
        assertThat(BatchingWindow.next(25, 5, 20, 100, NOW, NOW))
                .isEqualTo(new BatchingWindow.Step.Receive(5, Duration.ofSeconds(5)));
    }

    @Test
    void aFullBatchIsInvokedAtOnce() {
        assertThat(BatchingWindow.next(25, 300, 25, 100, NOW, NOW)).isEqualTo(new BatchingWindow.Step.Invoke());
    }

    @Test
    void aBatchNearingTheInvocationPayloadLimitIsInvoked() {
        assertThat(BatchingWindow.next(10_000, 300, 6, BatchingWindow.PAYLOAD_BUDGET_BYTES, NOW, NOW))
                .isEqualTo(new BatchingWindow.Step.Invoke());
    }
}
