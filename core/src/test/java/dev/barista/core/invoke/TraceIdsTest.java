package dev.barista.core.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TraceIdsTest {
    @Test
    void aTraceHeaderHasTheEpochSecondsInHexAndZeroPaddedRandomParts() {
        String header = TraceIds.next(Instant.ofEpochSecond(0x5759e988L));

        assertThat(header).matches("Root=1-5759e988-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
    }

    @Test
    void everyTraceIsNew() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);

        assertThat(TraceIds.next(now)).isNotEqualTo(TraceIds.next(now));
    }
}
