package dev.barista.core.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcurrencyTimelineTest {
    private static final long MINUTE = 60_000;

    private final ConcurrencyTimeline timeline = new ConcurrencyTimeline();

    @Test
    void anIntervalEndingWhereAnotherBeginsDoesNotOverlapIt() {
        timeline.add(10 * MINUTE + 1_000, 10 * MINUTE + 2_000, 128);
        timeline.add(10 * MINUTE + 2_000, 10 * MINUTE + 3_000, 256);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(10L, 256L));
    }

    @Test
    void anIntervalOfNoLengthStillRunsForAMillisecond() {
        timeline.add(10 * MINUTE + 5, 10 * MINUTE + 5, 128);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(10L, 128L));
    }

    @Test
    void anIntervalEndingAtAMinutesStartLeavesThatMinuteAlone() {
        timeline.add(10 * MINUTE + 59_000, 11 * MINUTE, 128);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(10L, 128L));
    }

    @Test
    void peaksAreTakenOnce() {
        timeline.add(10 * MINUTE, 10 * MINUTE + 5, 128);
        timeline.takeChangedPeaks();

        assertThat(timeline.takeChangedPeaks()).isEmpty();
    }

    @Test
    void aMinuteInTheMiddleOfAnIntervalHoldsNoArray() {
        timeline.add(10 * MINUTE + 30_000, 13 * MINUTE + 30_000, 512);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(10L, 512L, 11L, 512L, 12L, 512L, 13L, 512L));
        assertThat(timeline.minutesHeld()).isEqualTo(2);
    }

    @Test
    void forgettingKeepsWhatIsStillRunningAndReleasesTheArrays() {
        timeline.add(10 * MINUTE + 30_000, 20 * MINUTE, 512);
        timeline.add(10 * MINUTE + 40_000, 10 * MINUTE + 41_000, 128);
        timeline.takeChangedPeaks();

        timeline.forgetBefore(15);
        timeline.add(19 * MINUTE, 19 * MINUTE + 10, 256);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(19L, 768L));
        assertThat(timeline.minutesHeld()).isEqualTo(2);
    }

    @Test
    void anIntervalThatBeganBeforeTheKeptMinutesCountsFromTheFirstOne() {
        timeline.forgetBefore(15);

        timeline.add(12 * MINUTE, 16 * MINUTE + 1, 128);
        timeline.add(11 * MINUTE, 12 * MINUTE, 999);

        assertThat(timeline.takeChangedPeaks()).isEqualTo(Map.of(15L, 128L, 16L, 128L));
    }
}
