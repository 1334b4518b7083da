package dev.barista.aws.lambda;

import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A {@link LambdaInvoker} that records what it is asked and answers what the test sets (by default, an echo). */
final class RecordingInvoker implements LambdaInvoker {
    final List<InvokeRequest> requests = new ArrayList<>();
    Function<InvokeRequest, InvokeResult> answer = request -> new InvokeResult(200, request.payload(), null,
            "$LATEST", null, "invocation-1");

    @Override
    public synchronized InvokeResult invoke(InvokeRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    synchronized InvokeRequest last() {
        return requests.get(requests.size() - 1);
    }
}
