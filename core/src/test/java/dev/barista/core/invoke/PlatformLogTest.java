package dev.barista.core.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionSettings;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.LogFormat;
import dev.barista.core.function.LogLevel;
import dev.barista.core.function.LoggingSettings;
import dev.barista.core.function.Runtime;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.logs.EnvironmentLog;
import dev.barista.core.logs.LogEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);
    private static final String REQUEST_ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";

    @Test
    void textWritesStartEndAndReport() {
        assertThat(records(LoggingSettings.DEFAULT)).satisfiesExactly(
                line -> assertThat(line).startsWith("START RequestId: " + REQUEST_ID),
                line -> assertThat(line).startsWith("END RequestId: " + REQUEST_ID),
                line -> assertThat(line).startsWith("REPORT RequestId: " + REQUEST_ID));
    }

    @Test
    void jsonAtInfoWritesStartAndReportAlone() {
        assertThat(records(json(LogLevel.INFO))).satisfiesExactly(
                line -> assertThat(line).contains("\"type\":\"platform.start\""),
                line -> assertThat(line).contains("\"type\":\"platform.report\""));
    }

    @Test
    void jsonAtDebugAddsRuntimeDone() {
        assertThat(records(json(LogLevel.DEBUG))).satisfiesExactly(
                line -> assertThat(line).contains("\"type\":\"platform.start\""),
                line -> assertThat(line).contains("\"type\":\"platform.runtimeDone\""),
                line -> assertThat(line).contains("\"type\":\"platform.report\""));
    }

    @Test
    void jsonAtWarnWritesNothing() {
        assertThat(records(json(LogLevel.WARN))).isEmpty();
    }

    private static LoggingSettings json(LogLevel systemLevel) {
        return new LoggingSettings(LogFormat.JSON, LogLevel.INFO, systemLevel, null);
    }

    private static List<String> records(LoggingSettings logging) {
        List<LogEvent> events = new ArrayList<>();
        EnvironmentLog log = new EnvironmentLog("/aws/lambda/f", "stream", events::add, CLOCK);
        FunctionConfiguration function = function(new FunctionSettings(FunctionSettings.DEFAULT.tracingMode(), logging,
                null, null, List.of(), FunctionSettings.DEFAULT.snapStartApplyOn()));
        PlatformLog platform = new PlatformLog(CLOCK);
        platform.start(log, function, REQUEST_ID);
        platform.end(log, function, REQUEST_ID, Duration.ofMillis(12), 13, 40, null, null, Outcome.SUCCESS, 2);
        return events.stream().map(LogEvent::message).toList();
    }

    private static FunctionConfiguration function(FunctionSettings settings) {
        return new FunctionConfiguration("f", FunctionConfiguration.LATEST, Runtime.PYTHON312,
                "arn:aws:iam::123456789012:role/test", "handler.main", "", 3, 128, 512, Map.of(), Architecture.X86_64,
                new CodeArtifact("c2hh", 10, 20), Instant.parse("2026-01-01T00:00:00Z"), "r1", FunctionState.ACTIVE,
                LastUpdateStatus.SUCCESSFUL, null, settings);
    }
}
