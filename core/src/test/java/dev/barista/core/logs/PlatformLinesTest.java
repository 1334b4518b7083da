package dev.barista.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Golden lines: the platform's START, END and REPORT lines exactly as Lambda writes them (tabs included). */
class PlatformLinesTest {
    private static final String REQUEST_ID = "3604209a-e9a3-11e6-939a-754dd98c7be3";

    @Test
    void startNamesTheRequestAndTheVersion() {
        assertThat(PlatformLines.start(REQUEST_ID, "$LATEST"))
                .isEqualTo("START RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3 Version: $LATEST");
        assertThat(PlatformLines.start(REQUEST_ID, "7"))
                .isEqualTo("START RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3 Version: 7");
    }

    @Test
    void endNamesTheRequest() {
        assertThat(PlatformLines.end(REQUEST_ID)).isEqualTo("END RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3");
    }

    @Test
    void aWarmReportHasNoInitDurationAndEndsWithATab() {
        Duration duration = Duration.ofNanos(12_344_999);

        assertThat(PlatformLines.report(REQUEST_ID, duration, PlatformLines.billedMilliseconds(duration, null), 128,
                18, null, null))
                .isEqualTo("REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 12.34 ms\t"
                        + "Billed Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 18 MB\t");
    }

    @Test
    void aColdReportAddsTheInitDurationAndBillsIt() {
        Duration duration = Duration.ofNanos(2_501_000);
        Duration init = Duration.ofNanos(106_460_000);

        assertThat(PlatformLines.report(REQUEST_ID, duration, PlatformLines.billedMilliseconds(duration, init), 512,
                64, init, null))
                .isEqualTo("REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 2.50 ms\t"
                        + "Billed Duration: 109 ms\tMemory Size: 512 MB\tMax Memory Used: 64 MB\t"
                        + "Init Duration: 106.46 ms\t");
    }

    @Test
    void aTimedOutReportCarriesItsStatus() {
        Duration duration = Duration.ofSeconds(3).plusNanos(4_000_000);

        assertThat(PlatformLines.report(REQUEST_ID, duration, PlatformLines.billedMilliseconds(duration, null), 128,
                40, null, "timeout"))
                .isEqualTo("REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 3004.00 ms\t"
                        + "Billed Duration: 3004 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tStatus: timeout\t");
    }

    @Test
    void billingRoundsUpToTheMillisecondAndIsNeverZero() {
        assertThat(PlatformLines.billedMilliseconds(Duration.ofNanos(1), null)).isEqualTo(1);
        assertThat(PlatformLines.billedMilliseconds(Duration.ZERO, null)).isEqualTo(1);
        assertThat(PlatformLines.billedMilliseconds(Duration.ofMillis(5), null)).isEqualTo(5);
        assertThat(PlatformLines.billedMilliseconds(Duration.ofNanos(5_000_001), null)).isEqualTo(6);
        assertThat(PlatformLines.billedMilliseconds(Duration.ofNanos(400_000), Duration.ofNanos(400_000)))
                .as("duration and init added before rounding").isEqualTo(1);
    }

    @Test
    void durationsHaveTwoDecimalsRoundedHalfUp() {
        assertThat(PlatformLines.milliseconds(Duration.ZERO)).isEqualTo("0.00");
        assertThat(PlatformLines.milliseconds(Duration.ofNanos(4_999))).isEqualTo("0.00");
        assertThat(PlatformLines.milliseconds(Duration.ofNanos(5_000))).isEqualTo("0.01");
        assertThat(PlatformLines.milliseconds(Duration.ofNanos(1_094_999))).isEqualTo("1.09");
        assertThat(PlatformLines.milliseconds(Duration.ofNanos(1_095_000))).isEqualTo("1.10");
        assertThat(PlatformLines.milliseconds(Duration.ofNanos(999_995_000))).isEqualTo("1000.00");
        assertThat(PlatformLines.milliseconds(Duration.ofMinutes(15))).isEqualTo("900000.00");
    }
}
