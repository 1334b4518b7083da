package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitReasonTest {

    @Test
    void wordsAnExitLikeLambda() {
        assertThat(ExitReason.of(0)).isEqualTo("exit status 0");
        assertThat(ExitReason.of(1)).isEqualTo("exit status 1");
    }

    @Test
    void wordsADeathBySignalLikeLambda() {
        assertThat(ExitReason.of(128 + 9)).isEqualTo("signal: killed");
        assertThat(ExitReason.of(128 + 15)).isEqualTo("signal: terminated");
        assertThat(ExitReason.of(128 + 11)).isEqualTo("signal: segmentation fault");
        assertThat(ExitReason.of(128 + 6)).isEqualTo("signal: aborted");
        assertThat(ExitReason.of(128 + 40)).isEqualTo("signal: signal 40");
    }
}
