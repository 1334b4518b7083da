package dev.barista.server.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodBoundTest {

    @Test
    void aDateStartsAtMidnightUtc() {
        assertThat(PeriodBound.from("2026-11-01")).contains(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aDateAsTheEndIncludesThatDay() {
        assertThat(PeriodBound.to("2026-11-30")).contains(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void anInstantIsTakenAsItIs() {
        assertThat(PeriodBound.to("2026-11-30T12:34:56Z")).contains(Instant.parse("2026-11-30T12:34:56Z"));
    }

    @Test
    void nothingMeansTheDefault() {
        assertThat(PeriodBound.from(null)).isEmpty();
        assertThat(PeriodBound.to("")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedByName() {
        assertThatThrownBy(() -> PeriodBound.to("last week")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'to'").hasMessageContaining("last week");
    }
}
