package dev.barista.core.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollerScalingTest {
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void pollingStartsWithFiveBatchesBoundedByTheCeiling() {
        assertThat(PollerScaling.initial(1000, START).target()).isEqualTo(5);
        assertThat(PollerScaling.initial(2, START).target()).isEqualTo(2);
    }

    @Test
    void aGrowingBacklogAddsFivePollersASecond() {
        PollerScaling scaling = PollerScaling.initial(1000, START);

        PollerScaling sameSecond = scaling.after(BatchOutcome.SUCCEEDED, true, 1000, START.plusMillis(500));
        PollerScaling nextSecond = sameSecond.after(BatchOutcome.SUCCEEDED, true, 1000, START.plusSeconds(1));

        assertThat(sameSecond.target()).isEqualTo(5);
        assertThat(nextSecond.target()).isEqualTo(10);
    }

    @Test
    void aMinuteOfBacklogAddsAtMostThreeHundred() {
        PollerScaling scaling = PollerScaling.initial(1000, START);
        for (int millis = 100; millis <= 60_000; millis += 100) {
            scaling = scaling.after(BatchOutcome.SUCCEEDED, true, 1000, START.plusMillis(millis));
        }

        assertThat(scaling.target()).isEqualTo(5 + 300);
    }

    @Test
    void growthStopsAtTheCeiling() {
        PollerScaling scaling = new PollerScaling(8, START);

        assertThat(scaling.after(BatchOutcome.SUCCEEDED, true, 10, START.plusSeconds(1)).target()).isEqualTo(10);
    }

    @Test
    void aLoweredCeilingLowersTheTarget() {
        assertThat(new PollerScaling(50, START).after(BatchOutcome.SUCCEEDED, false, 20, START).target())
                .isEqualTo(20);
    }

    @Test
    void partialBatchesDoNotGrowThePollers() {
        assertThat(PollerScaling.initial(1000, START).after(BatchOutcome.SUCCEEDED, false, 1000,
                START.plusSeconds(5)).target()).isEqualTo(5);
    }

    @Test
    void anEmptyPollRetiresOnePollerButNotTheFirstFive() {
        assertThat(new PollerScaling(20, START).after(BatchOutcome.EMPTY, false, 1000, START).target())
                .isEqualTo(19);
        assertThat(new PollerScaling(5, START).after(BatchOutcome.EMPTY, false, 1000, START).target())
                .isEqualTo(5);
    }

    @Test
    void errorsAndThrottlesHalveThePollers() {
        assertThat(new PollerScaling(40, START).after(BatchOutcome.THROTTLED, false, 1000, START).target())
                .isEqualTo(20);
        assertThat(new PollerScaling(40, START).after(BatchOutcome.FAILED, false, 1000, START).target())
                .isEqualTo(20);
        assertThat(new PollerScaling(1, START).after(BatchOutcome.NOT_INVOKED, false, 1000, START).target())
                .isEqualTo(1);
    }

    @Test
    void theCeilingIsTheSmallestOfMaximumConcurrencyReservationAndAccount() {
        assertThat(PollerScaling.ceiling(null, null, 1000)).isEqualTo(1000);
        assertThat(PollerScaling.ceiling(50, null, 1000)).isEqualTo(50);
        assertThat(PollerScaling.ceiling(50, 7, 1000)).isEqualTo(7);
        assertThat(PollerScaling.ceiling(null, null, 300)).isEqualTo(300);
        assertThat(PollerScaling.ceiling(null, 0, 1000)).isEqualTo(1);
    }
}
