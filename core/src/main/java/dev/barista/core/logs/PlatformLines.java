package dev.barista.core.logs;

import java.time.Duration;
import java.util.Locale;

/**
 * The lines the Lambda platform writes around each invocation, in AWS's exact format (tab-separated fields, and
 * the REPORT line ends with a tab).
 */
public final class PlatformLines {
    private PlatformLines() {
    }

    public static String start(String requestId, String version) {
        return "START RequestId: " + requestId + " Version: " + version;
    }

    public static String end(String requestId) {
        return "END RequestId: " + requestId;
    }

    /**
     * @param initDuration the cold start's init phase, or null on a warm invocation
     * @param status null, or {@code timeout} / {@code error} as the REPORT line's {@code Status} field
     */
    public static String report(String requestId, Duration duration, long billedMilliseconds, int memorySizeMegabytes,
                                long maxMemoryUsedMegabytes, Duration initDuration, String status) {
        StringBuilder line = new StringBuilder(160)
                .append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(milliseconds(duration)).append(" ms")
                .append("\tBilled Duration: ").append(billedMilliseconds).append(" ms")
                .append("\tMemory Size: ").append(memorySizeMegabytes).append(" MB")
                .append("\tMax Memory Used: ").append(maxMemoryUsedMegabytes).append(" MB");
        if (initDuration != null) {
            line.append("\tInit Duration: ").append(milliseconds(initDuration)).append(" ms");
        }
        if (status != null) {
            line.append("\tStatus: ").append(status);
        }
        return line.append('\t').toString();
    }

    /** Billed milliseconds: duration plus the init phase (billed since 2025-08-01), rounded up to 1 ms. */
    public static long billedMilliseconds(Duration duration, Duration initDuration) {
        long nanos = duration.toNanos() + (initDuration == null ? 0 : initDuration.toNanos());
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    /** Milliseconds with two decimals, rounded half up (what {@code %.2f} prints), without a formatter. */
    static String milliseconds(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 0) {
            return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
        }
        long hundredths = (nanos + 5_000) / 10_000;
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
