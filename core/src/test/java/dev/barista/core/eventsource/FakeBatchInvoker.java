package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An invoker that records the message ids of every batch (events of {@link FakeSqsEventCodec}) and answers as the
 * test's behaviour says. Thread-safe.
 */
final class FakeBatchInvoker implements BatchInvoker {
    private final List<List<String>> batches = new ArrayList<>();
    private final List<InvokeRequest> requests = new ArrayList<>();
    private volatile Function<List<String>, InvokeResult> behaviour = ids -> succeed("");

    static InvokeResult succeed(String response) {
        return new InvokeResult(200, response.getBytes(StandardCharsets.UTF_8), null, "$LATEST", null, "request");
    }

    static InvokeResult fail() {
        return new InvokeResult(200, "{\"errorMessage\":\"boom\"}".getBytes(StandardCharsets.UTF_8), "Unhandled",
                "$LATEST", null, "request");
    }

    static InvokeResult throttle() {
        throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, "Rate Exceeded.",
                "ReservedFunctionConcurrentInvocationLimitExceeded");
    }

    void answer(Function<List<String>, InvokeResult> newBehaviour) {
        behaviour = newBehaviour;
    }

    @Override
    public InvokeResult invoke(InvokeRequest request) {
        List<String> ids = FakeSqsEventCodec.ids(request.payload());
        synchronized (this) {
            batches.add(ids);
            requests.add(request);
        }
        return behaviour.apply(ids);
    }

    synchronized List<List<String>> batches() {
        return List.copyOf(batches);
    }

    synchronized List<InvokeRequest> requests() {
        return List.copyOf(requests);
    }
}
