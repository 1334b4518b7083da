package dev.barista.core.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void failuresDoubleThePauseUpToAMinute() {
        Backoff backoff = Backoff.none();
        backoff = backoff.after(BatchOutcome.THROTTLED);
        assertThat(backoff.delay()).isEqualTo(Duration.ofSeconds(1));
        backoff = backoff.after(BatchOutcome.FAILED);
        assertThat(backoff.delay()).isEqualTo(Duration.ofSeconds(2));
        for (int failure = 0; failure < 10; failure++) {
            backoff = backoff.after(BatchOutcome.NOT_INVOKED);
        }
        assertThat(backoff.delay()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aSuccessOrAnEmptyPollEndsThePause() {
        Backoff failing = Backoff.none().after(BatchOutcome.THROTTLED).after(BatchOutcome.THROTTLED);

        assertThat(failing.after(BatchOutcome.SUCCEEDED).delay()).isZero();
        assertThat(failing.after(BatchOutcome.PARTIALLY_FAILED).delay()).isZero();
        assertThat(failing.after(BatchOutcome.EMPTY).delay()).isZero();
    }
}
