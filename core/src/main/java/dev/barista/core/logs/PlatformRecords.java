package dev.barista.core.logs;

import dev.barista.core.json.JsonStrings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The platform's records around each invocation in Lambda's JSON log format ({@code LoggingConfig.LogFormat}
 * JSON), one JSON object per log event with {@code time}, {@code type} and {@code record}, as the Telemetry API's
 * event schema defines them: {@code platform.start} for START, {@code platform.runtimeDone} for END and
 * {@code platform.report} for REPORT. All three are INFO-level system records. Stateless and thread-safe.
 */
public final class PlatformRecords {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private PlatformRecords() {
    }

    /** How an invocation ended, as the records' {@code status} says it. */
    public enum Status {
        SUCCESS("success"), ERROR("error"), TIMEOUT("timeout"), FAILURE("failure");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }
    }

    public static String start(Instant time, String requestId, String version) {
        return envelope(time, "platform.start", "{\"requestId\":" + JsonStrings.quoted(requestId) + ",\"version\":"
                + JsonStrings.quoted(version) + "}");
    }

    /** @param producedBytes the size of the response the runtime sent */
    public static String runtimeDone(Instant time, String requestId, Status status, Duration duration,
                                     long producedBytes) {
        return envelope(time, "platform.runtimeDone", "{\"requestId\":" + JsonStrings.quoted(requestId)
                + ",\"status\":\"" + status.wireName + "\",\"metrics\":{\"durationMs\":"
                + PlatformLines.milliseconds(duration) + ",\"producedBytes\":" + producedBytes + "}}");
    }

    /** @param initDuration the cold start's init phase, or null on a warm invocation */
    public static String report(Instant time, String requestId, Status status, Duration duration,
                                long billedMilliseconds, int memorySizeMegabytes, long maxMemoryUsedMegabytes,
                                Duration initDuration) {
        StringBuilder metrics = new StringBuilder(128)
                .append("{\"durationMs\":").append(PlatformLines.milliseconds(duration))
                .append(",\"billedDurationMs\":").append(billedMilliseconds)
                .append(",\"memorySizeMB\":").append(memorySizeMegabytes)
                .append(",\"maxMemoryUsedMB\":").append(maxMemoryUsedMegabytes);
        if (initDuration != null) {
            metrics.append(",\"initDurationMs\":").append(PlatformLines.milliseconds(initDuration));
        }
        metrics.append('}');
        return envelope(time, "platform.report", "{\"requestId\":" + JsonStrings.quoted(requestId) + ",\"metrics\":"
                + metrics + ",\"status\":\"" + status.wireName + "\"}");
    }

    private static String envelope(Instant time, String type, String record) {
        return "{\"time\":\"" + TIME.format(time) + "\",\"type\":\"" + type + "\",\"record\":" + record + "}";
    }
}
