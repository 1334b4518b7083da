package dev.barista.core.invoke;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.LogFormat;
import dev.barista.core.function.LogLevel;
import dev.barista.core.function.LoggingSettings;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.logs.EnvironmentLog;
import dev.barista.core.logs.PlatformLines;
import dev.barista.core.logs.PlatformRecords;
import java.time.Clock;
import java.time.Duration;

/**
 * Writes the platform's records around one invocation in the function's {@code LoggingConfig}: START, END and
 * REPORT lines in the text format; in the JSON format {@code platform.start} and {@code platform.report} (INFO records,
 * left out when {@code SystemLogLevel} is WARN) and {@code platform.runtimeDone} (a DEBUG record, written only when
 * {@code SystemLogLevel} is DEBUG: at INFO Lambda sends "start" and "report" alone, see
 * <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html">log-level
 * filtering</a>). Thread-safe.
 */
final class PlatformLog {
    private final Clock clock;

    PlatformLog(Clock clock) {
        this.clock = clock;
    }

    void start(EnvironmentLog log, FunctionConfiguration function, String requestId) {
        LoggingSettings logging = function.settings().logging();
        if (!logging.writesPlatformRecords()) {
            return;
        }
        log.accept(logging.format() == LogFormat.TEXT ? PlatformLines.start(requestId, function.version())
                : PlatformRecords.start(clock.instant(), requestId, function.version()));
    }

    /**
     * END and REPORT.
     *
     * @param initDuration the cold start's init phase, or null on a warm invocation
     * @param status the REPORT line's {@code Status} in text, or null
     */
    void end(EnvironmentLog log, FunctionConfiguration function, String requestId, Duration duration,
             long billedMilliseconds, long maxMemoryUsedMegabytes, Duration initDuration, String status,
             Outcome outcome, long producedBytes) {
        LoggingSettings logging = function.settings().logging();
        if (!logging.writesPlatformRecords()) {
            return;
        }
        if (logging.format() == LogFormat.TEXT) {
            log.accept(PlatformLines.end(requestId));
            log.accept(PlatformLines.report(requestId, duration, billedMilliseconds, function.memorySizeMegabytes(),
                    maxMemoryUsedMegabytes, initDuration, status));
            return;
        }
        PlatformRecords.Status recordStatus = switch (outcome) {
            case SUCCESS -> PlatformRecords.Status.SUCCESS;
            case FUNCTION_ERROR -> PlatformRecords.Status.ERROR;
            case TIMEOUT -> PlatformRecords.Status.TIMEOUT;
            case RUNTIME_EXITED -> PlatformRecords.Status.FAILURE;
        };
        if (logging.systemLogLevel().admits(LogLevel.DEBUG)) {
            log.accept(PlatformRecords.runtimeDone(clock.instant(), requestId, recordStatus, duration, producedBytes));
        }
        log.accept(PlatformRecords.report(clock.instant(), requestId, recordStatus, duration, billedMilliseconds,
                function.memorySizeMegabytes(), maxMemoryUsedMegabytes, initDuration));
    }
}
