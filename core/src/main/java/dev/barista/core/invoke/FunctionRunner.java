package dev.barista.core.invoke;

import dev.barista.core.function.ResolvedFunction;

/**
 * Runs one attempt of an asynchronous invocation now: the server passes {@link SynchronousInvoker}. A function
 * error, timeout or crash is a result ({@link InvokeResult#functionError()} set); a throttle is a
 * {@link dev.barista.core.error.BaristaException} with {@code TOO_MANY_REQUESTS}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FunctionRunner {

    InvokeResult run(String requestId, ResolvedFunction resolved, byte[] payload);
}
