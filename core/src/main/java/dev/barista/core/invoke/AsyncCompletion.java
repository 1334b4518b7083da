package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionService;
import dev.barista.core.invoke.InvocationRecord.Condition;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * How an asynchronous invocation ends: the on-success or on-failure destination of its configuration gets an
 * invocation record, and then the invocation leaves the store (so a crash before that sends the record again:
 * at least once, as on Lambda). A failure also goes to the dead-letter queue of the version that ran, when it has
 * one, whether or not there is an on-failure destination: Lambda sends to both (AWS documents no precedence, and
 * functions configured with both are observed to get both). A failed delivery is logged and counted, never retried.
 * Thread-safe.
 */
final class AsyncCompletion {
    private static final System.Logger LOGGER = System.getLogger(AsyncCompletion.class.getName());

    private final AsyncInvocationStore store;
    private final FunctionService functions;
    private final DestinationDelivery delivery;
    private final AsyncDocuments documents;
    private final AsyncInvocationObserver observer;
    private final AccountSettings account;
    private final Clock clock;

    AsyncCompletion(AsyncInvocationStore store, FunctionService functions, DestinationDelivery delivery,
                    AsyncDocuments documents, AsyncInvocationObserver observer, Clock clock) {
        this.store = store;
        this.functions = functions;
        this.delivery = delivery;
        this.documents = documents;
        this.observer = observer;
        this.account = functions.account();
        this.clock = clock;
    }

    /** The function processed the event. */
    void succeeded(AsyncInvocation invocation, AsyncProgress progress, Optional<EventInvokeConfig> config) {
        config.map(EventInvokeConfig::onSuccess).ifPresent(destination -> deliver(destination,
                record(invocation, progress, Condition.SUCCESS), invocation));
        store.complete(invocation.requestId());
    }

    /** Retries are exhausted or the event is too old: the on-failure destination hears of it. */
    void failed(AsyncInvocation invocation, AsyncProgress progress, Condition condition,
                Optional<EventInvokeConfig> config, String why) {
        log(invocation, progress, why);
        observer.dropped(invocation.functionName(), invocation.qualifier());
        config.map(EventInvokeConfig::onFailure).ifPresent(destination -> deliver(destination,
                record(invocation, progress, condition), invocation));
        deadLetterQueue(invocation, progress).ifPresent(queue -> deadLetter(queue, invocation, progress));
        store.complete(invocation.requestId());
    }

    /** The function, version or alias is gone, and with it every destination: the event is dropped. */
    void dropped(AsyncInvocation invocation, AsyncProgress progress, String why) {
        log(invocation, progress, why);
        observer.dropped(invocation.functionName(), invocation.qualifier());
        store.complete(invocation.requestId());
    }

    /** The dead-letter queue of the version that ran, or of the one the invocation names if none ran. */
    private Optional<String> deadLetterQueue(AsyncInvocation invocation, AsyncProgress progress) {
        if (progress.lastVersion() != null) {
            return Optional.ofNullable(progress.lastVersion().deadLetterTargetArn());
        }
        try {
            return Optional.ofNullable(functions.configuration(invocation.functionName(), invocation.qualifier())
                    .deadLetterTargetArn());
        } catch (BaristaException gone) {
            return Optional.empty();
        }
    }

    private void deadLetter(String queue, AsyncInvocation invocation, AsyncProgress progress) {
        try {
            delivery.sendDeadLetter(queue, DeadLetterMessages.of(invocation, progress.lastResponse(), documents));
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "asynchronous invocation {0} of {1} could not be sent to its dead-letter queue"
                    + " {2}: {3}", invocation.requestId(), invocation.functionName(), queue, failure.getMessage());
            observer.deadLetterFailed(invocation.functionName(), invocation.qualifier());
        }
    }

    private InvocationRecord record(AsyncInvocation invocation, AsyncProgress progress, Condition condition) {
        String qualifier = invocation.qualifier() == null ? FunctionConfiguration.LATEST : invocation.qualifier();
        return new InvocationRecord(clock.instant(), invocation.requestId(),
                account.functionArn(invocation.functionName(), qualifier), condition, progress.attempts(),
                invocation.payload(), progress.lastResponse());
    }

    private void deliver(String destination, InvocationRecord record, AsyncInvocation invocation) {
        try {
            delivery.send(destination, record);
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "the record of asynchronous invocation {0} of {1} could not be delivered to"
                    + " {2}: {3}", invocation.requestId(), invocation.functionName(), destination,
                    failure.getMessage());
            observer.destinationDeliveryFailed(invocation.functionName(), invocation.qualifier());
        }
    }

    private static void log(AsyncInvocation invocation, AsyncProgress progress, String why) {
        LOGGER.log(Level.INFO, "asynchronous invocation {0} of {1} dropped after {2} attempts: {3}",
                invocation.requestId(), invocation.functionName(), progress.attempts(), why);
    }
}
