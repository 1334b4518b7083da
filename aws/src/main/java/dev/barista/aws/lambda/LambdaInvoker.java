package dev.barista.aws.lambda;

import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;

/**
 * What the Lambda adapter needs from core's invocation service; the server passes {@code invocationService::invoke}.
 * Implementations are thread-safe. A function's failure or timeout is a result, not an exception.
 */
@FunctionalInterface
public interface LambdaInvoker {

    InvokeResult invoke(InvokeRequest request);
}
