package dev.barista.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden records: the platform's JSON records as Lambda writes them in the JSON log format. */
class PlatformRecordsTest {
    private static final String REQUEST_ID = "3604209a-e9a3-11e6-939a-754dd98c7be3";
    private static final Instant TIME = Instant.parse("2026-11-22T10:15:30.123456Z");

    @Test
    void startNamesTheRequestAndTheVersion() {
        assertThat(PlatformRecords.start(TIME, REQUEST_ID, "$LATEST")).isEqualTo("{\"time\":\"2026-11-22T10:15:30.123Z\","
                + "\"type\":\"platform.start\",\"record\":{\"requestId\":\"" + REQUEST_ID
                + "\",\"version\":\"$LATEST\"}}");
    }

    @Test
    void runtimeDoneCarriesTheStatusTheDurationAndTheResponseSize() {
        assertThat(PlatformRecords.runtimeDone(TIME, REQUEST_ID, PlatformRecords.Status.TIMEOUT,
                Duration.ofNanos(3_000_120_000L), 0)).isEqualTo("{\"time\":\"2026-11-22T10:15:30.123Z\","
                + "\"type\":\"platform.runtimeDone\",\"record\":{\"requestId\":\"" + REQUEST_ID
                + "\",\"status\":\"timeout\",\"metrics\":{\"durationMs\":3000.12,\"producedBytes\":0}}}");
    }

    @Test
    void aColdReportHasTheMetricsOfTheTextReportAsNumbers() {
        String report = PlatformRecords.report(TIME, REQUEST_ID, PlatformRecords.Status.SUCCESS,
                Duration.ofNanos(12_344_999), 119, 256, 61, Duration.ofNanos(106_460_000));

        assertThat(report).isEqualTo("{\"time\":\"2026-11-22T10:15:30.123Z\",\"type\":\"platform.report\","
                + "\"record\":{\"requestId\":\"" + REQUEST_ID + "\",\"metrics\":{\"durationMs\":12.34,"
                + "\"billedDurationMs\":119,\"memorySizeMB\":256,\"maxMemoryUsedMB\":61,\"initDurationMs\":106.46},"
                + "\"status\":\"success\"}}");
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) JsonText.parse(report).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) parsed.get("record");
        assertThat(((Map<?, ?>) record.get("metrics")).get("billedDurationMs")).isEqualTo(new BigDecimal("119"));
    }

    @Test
    void aWarmReportHasNoInitDuration() {
        assertThat(PlatformRecords.report(TIME, REQUEST_ID, PlatformRecords.Status.ERROR, Duration.ofMillis(2), 2,
                128, 40, null)).doesNotContain("initDurationMs").contains("\"status\":\"error\"");
    }

    @Test
    void textThatNeedsEscapingStaysValidJson() {
        assertThat(JsonText.parse(PlatformRecords.start(TIME, "a\"b\\c\n", "1"))).isPresent();
    }
}
