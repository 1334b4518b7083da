package dev.barista.core.invoke;

import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.invoke.InvocationRecord.Condition;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * How an asynchronous invocation ends: the on-success or on-failure destination of its configuration gets an
 * invocation record, and then the invocation leaves the store (so a crash before that sends the record again:
 * at least once, as on Lambda). A failed delivery is logged and counted, never retried. Thread-safe.
 */
final class AsyncCompletion {
    private static final System.Logger LOGGER = System.getLogger(AsyncCompletion.class.getName());

    private final AsyncInvocationStore store;
    private final DestinationDelivery delivery;
    private final AsyncInvocationObserver observer;
    private final AccountSettings account;
    private final Clock clock;

    AsyncCompletion(AsyncInvocationStore store, DestinationDelivery delivery, AsyncInvocationObserver observer,
                    AccountSettings account, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.observer = observer;
        this.account = account;
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
        store.complete(invocation.requestId());
    }

    /** The function, version or alias is gone, and with it every destination: the event is dropped. */
    void dropped(AsyncInvocation invocation, AsyncProgress progress, String why) {
        log(invocation, progress, why);
        observer.dropped(invocation.functionName(), invocation.qualifier());
        store.complete(invocation.requestId());
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
