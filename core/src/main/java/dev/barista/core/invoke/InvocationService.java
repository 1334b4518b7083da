package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.CodeGuard;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.ResolvedFunction;
import dev.barista.core.ids.RandomUuids;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Invoke: resolves what runs, then runs it now (RequestResponse), queues it durably (Event) or only checks it
 * (DryRun). Thread-safe.
 */
public final class InvocationService {
    /** 6 MB: the largest synchronous request Lambda accepts. */
    public static final int SYNCHRONOUS_PAYLOAD_LIMIT = 6_291_456;
    /** 1 MB: the largest asynchronous request Lambda accepts. */
    public static final int ASYNCHRONOUS_PAYLOAD_LIMIT = 1_048_576;

    private final FunctionService functions;
    private final SynchronousInvoker invoker;
    private final AsyncInvoker asyncInvoker;

    public InvocationService(FunctionService functions, SynchronousInvoker invoker, AsyncInvoker asyncInvoker) {
        this.functions = Objects.requireNonNull(functions, "functions");
        this.invoker = Objects.requireNonNull(invoker, "invoker");
        this.asyncInvoker = Objects.requireNonNull(asyncInvoker, "asyncInvoker");
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html">Invoke</a>. */
    public InvokeResult invoke(InvokeRequest request) {
        int limit = request.type() == InvocationType.EVENT ? ASYNCHRONOUS_PAYLOAD_LIMIT : SYNCHRONOUS_PAYLOAD_LIMIT;
        if (request.payload().length > limit) {
            throw new BaristaException(ErrorCode.REQUEST_TOO_LARGE, "Request must be smaller than " + limit
                    + " bytes for the InvokeFunction operation");
        }
        // From resolving the function until the invocation ends, its code package must not be collected.
        try (CodeGuard.Hold running = functions.invocationHold()) {
            ResolvedFunction resolved = functions.resolveForInvoke(request.functionNameOrArn(), request.qualifier(),
                    ThreadLocalRandom.current().nextDouble());
            String requestId = RandomUuids.next();
            return switch (request.type()) {
                case DRY_RUN -> new InvokeResult(204, new byte[0], null, null, null, requestId);
                case EVENT -> {
                    asyncInvoker.accept(requestId, resolved, request.payload());
                    yield new InvokeResult(202, new byte[0], null, null, null, requestId);
                }
                case REQUEST_RESPONSE -> invoker.invoke(requestId, resolved, request.payload(),
                        request.clientContext(), request.tailLog());
            };
        }
    }
}
