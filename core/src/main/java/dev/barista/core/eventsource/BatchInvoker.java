package dev.barista.core.eventsource;

import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;

/**
 * Synchronous invocation as the pollers need it; the server passes {@code invocationService::invoke}, the path of
 * Invoke with {@code RequestResponse}. A function's failure is a result; a throttle is a
 * {@link dev.barista.core.error.BaristaException} ({@code TOO_MANY_REQUESTS}). Thread-safe.
 */
@FunctionalInterface
public interface BatchInvoker {

    InvokeResult invoke(InvokeRequest request);
}
