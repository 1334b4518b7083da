package dev.barista.core.invoke;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.CodeStore;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.ResolvedFunction;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.logs.EnvironmentLog;
import dev.barista.core.logs.LogEventSink;
import dev.barista.core.logs.LogStreamNames;
import dev.barista.core.logs.PlatformLines;
import dev.barista.core.scheduler.EnvironmentPool;
import dev.barista.core.scheduler.Lease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs one invocation in an execution environment and turns how it ended into what Invoke answers, writing the
 * platform's START, END and REPORT lines around it ({@link PlatformLog}) to the function's log group. Thread-safe.
 */
public final class SynchronousInvoker {
    private static final int RESPONSE_LIMIT = 6_291_556;

    private final EnvironmentPool pool;
    private final CodeStore codeStore;
    private final AccountSettings account;
    private final EnvironmentVariables variables;
    private final LogEventSink logSink;
    private final InvocationObserver observer;
    private final Clock clock;
    private final PlatformLog platformLog;

    public SynchronousInvoker(EnvironmentPool pool, CodeStore codeStore, AccountSettings account,
                              EnvironmentVariables variables, LogEventSink logSink, InvocationObserver observer,
                              Clock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.codeStore = Objects.requireNonNull(codeStore, "codeStore");
        this.account = Objects.requireNonNull(account, "account");
        this.variables = Objects.requireNonNull(variables, "variables");
        this.logSink = Objects.requireNonNull(logSink, "logSink");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.platformLog = new PlatformLog(clock);
    }

    /** Runs the function now; a function error, timeout or crash is a result, a throttle an exception. */
    public InvokeResult invoke(String requestId, ResolvedFunction resolved, byte[] payload, String clientContext,
                               boolean tailLog) {
        FunctionConfiguration function = resolved.configuration();
        Lease lease;
        try {
            lease = pool.acquire(function, environmentId -> spec(environmentId, function));
        } catch (BaristaException exception) {
            if (exception.code() == ErrorCode.TOO_MANY_REQUESTS) {
                observer.throttled(function.functionName(), resolved.invokedQualifier());
            }
            throw exception;
        }
        // The spec came from this.spec(), whose log sink is always an EnvironmentLog.
        EnvironmentLog log = (EnvironmentLog) lease.spec().logSink();
        log.beginInvocation();
        platformLog.start(log, function, requestId);
        Duration duration = Duration.ZERO;
        Instant started = clock.instant();
        Ending ending;
        if (lease.initOutcome() instanceof InitOutcome.Failed failed) {
            ending = new Ending(initErrorPayload(requestId, failed), "Unhandled", "error", false,
                    Outcome.FUNCTION_ERROR);
        } else {
            Instant deadline = started.plusSeconds(function.timeoutSeconds());
            InvocationPayload event = new InvocationPayload(requestId, payload,
                    account.functionArn(function.functionName(), resolved.invokedQualifier()), deadline,
                    TraceIds.next(started), clientContext, null);
            InvocationOutcome outcome = lease.process().invoke(event, deadline);
            duration = Duration.between(started, clock.instant());
            ending = ending(requestId, function, outcome, started, log);
        }
        // The platform lines and the tail belong to this invocation: write them before another can use the log.
        InvokeResult result = finish(requestId, resolved, log, lease, started, duration, tailLog, ending);
        if (ending.reusable()) {
            lease.release();
        } else {
            lease.destroy();
        }
        return result;
    }

    private InvokeResult finish(String requestId, ResolvedFunction resolved, EnvironmentLog log, Lease lease,
                                Instant started, Duration duration, boolean tailLog, Ending ending) {
        FunctionConfiguration function = resolved.configuration();
        Duration init = lease.coldStart() ? lease.initDuration() : null;
        long billed = PlatformLines.billedMilliseconds(duration, init);
        long maxMemoryUsed = (lease.process().peakMemoryBytes() + 1_048_575) / 1_048_576;
        platformLog.end(log, function, requestId, duration, billed, maxMemoryUsed, init, ending.status(),
                ending.outcome(), ending.payload().length);
        observer.completed(new CompletedInvocation(requestId, function.functionName(), resolved.invokedQualifier(),
                function.version(), started, duration, init, billed, function.memorySizeMegabytes(), maxMemoryUsed,
                function.architecture(), ending.outcome()));
        return new InvokeResult(200, ending.payload(), ending.functionError(), function.version(),
                tailLog ? log.tailBase64() : null, requestId);
    }

    private Ending ending(String requestId, FunctionConfiguration function, InvocationOutcome outcome,
                          Instant started, EnvironmentLog log) {
        return switch (outcome) {
            case InvocationOutcome.Success success -> success.payload().length > RESPONSE_LIMIT
                    ? new Ending(ErrorDocuments.responseTooLarge(success.payload().length), "Unhandled", null, true,
                            Outcome.FUNCTION_ERROR)
                    : new Ending(success.payload(), null, null, true, Outcome.SUCCESS);
            case InvocationOutcome.FunctionError error -> new Ending(error.payload(), "Unhandled", null, true,
                    Outcome.FUNCTION_ERROR);
            case InvocationOutcome.TimedOut timedOut -> {
                String message = ErrorDocuments.timeoutMessage(started, requestId, function.timeoutSeconds());
                log.accept(message);
                yield new Ending(ErrorDocuments.timeout(message), "Unhandled", "timeout", false, Outcome.TIMEOUT);
            }
            case InvocationOutcome.Exited exited -> {
                String message = "RequestId: " + requestId + " Error: Runtime exited with error: " + exited.reason();
                log.accept(message);
                log.accept("Runtime.ExitError");
                yield new Ending(ErrorDocuments.exited(message), "Unhandled", "error", false,
                        Outcome.RUNTIME_EXITED);
            }
        };
    }

    /** Lambda words an init failure of its own as the invocation that met it: {@code RequestId: <id> Error: ...}. */
    private static byte[] initErrorPayload(String requestId, InitOutcome.Failed failed) {
        return failed.platformMessage() == null ? failed.errorPayload() : ErrorDocuments.document(
                "RequestId: " + requestId + " Error: " + failed.platformMessage(), failed.errorType());
    }

    private EnvironmentSpec spec(String environmentId, FunctionConfiguration function) {
        String stream = LogStreamNames.of(clock.instant(), function.version(), environmentId);
        EnvironmentLog log = new EnvironmentLog(function.logGroup(), stream, logSink, clock);
        return new EnvironmentSpec(environmentId, function, codeStore.directory(function.code()),
                variables.of(function, log.group(), stream), log);
    }

    /**
     * How an invocation ended, as Invoke answers it.
     *
     * @param status the REPORT line's {@code Status}, or null
     * @param reusable whether the environment may serve again
     * @param outcome what observers are told
     */
    private record Ending(byte[] payload, String functionError, String status, boolean reusable, Outcome outcome) {
    }
}
