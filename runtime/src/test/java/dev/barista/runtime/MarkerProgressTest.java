package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerProgressTest {
    private final MarkerProgress progress = new MarkerProgress();
    private final List<String> ran = new ArrayList<>();

    @Test
    void anActionWaitsForItsMarkerAndRunsOnceWhenItIsRead() {
        progress.whenReached(2, () -> ran.add("two"));
        progress.whenReached(3, () -> ran.add("three"));

        progress.reached(1);
        assertThat(ran).isEmpty();
        progress.reached(2);
        assertThat(ran).containsExactly("two");
        progress.reached(4);
        progress.reached(5);

        assertThat(ran).containsExactly("two", "three");
    }

    @Test
    void anActionForAMarkerAlreadyReadRunsAtOnce() {
        progress.reached(7);

        progress.whenReached(6, () -> ran.add("six"));

        assertThat(ran).containsExactly("six");
    }

    @Test
    void theEndReleasesEveryActionAndEveryWaiter() {
        progress.whenReached(9, () -> ran.add("nine"));

        progress.end();
        progress.whenReached(10, () -> ran.add("ten"));

        assertThat(ran).containsExactly("nine", "ten");
        assertThat(progress.await(11, Duration.ZERO)).isTrue();
        assertThat(progress.awaitEnd(Duration.ZERO)).isTrue();
    }

    @Test
    void aWaitForAMarkerNotReadEndsWithFalse() {
        progress.reached(1);

        assertThat(progress.await(1, Duration.ZERO)).isTrue();
        assertThat(progress.await(2, Duration.ofMillis(1))).isFalse();
        assertThat(progress.awaitEnd(Duration.ofMillis(1))).isFalse();
    }
}
