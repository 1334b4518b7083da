package dev.barista.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

    @Test
    void defaultsFollowLambda() {
        PoolSettings defaults = PoolSettings.defaults();

        assertThat(defaults.keepAlive()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.accountConcurrency()).isEqualTo(1000);
        assertThat(defaults.initTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.memoryBudgetMegabytes()).isEqualTo(8192);
    }

    @Test
    void refusesSettingsThatCouldRunNothing() {
        Duration minute = Duration.ofMinutes(1);
        assertThatThrownBy(() -> new PoolSettings(Duration.ZERO, 1024, 10, minute))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keepAlive");
        assertThatThrownBy(() -> new PoolSettings(minute, 0, 10, minute))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memoryBudgetMegabytes");
        assertThatThrownBy(() -> new PoolSettings(minute, 1024, 0, minute))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountConcurrency");
        assertThatThrownBy(() -> new PoolSettings(minute, 1024, 10, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initTimeout");
    }
}
