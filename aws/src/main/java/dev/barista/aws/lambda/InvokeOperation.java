package dev.barista.aws.lambda;

import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.invoke.InvocationType;
import dev.barista.core.invoke.InvokeRequest;
import dev.barista.core.invoke.InvokeResult;

/** The data plane: Invoke. The payload passes through in both directions without being copied or parsed. */
final class InvokeOperation {
    private final LambdaInvoker invoker;
    private final JsonCodec json;

    InvokeOperation(LambdaInvoker invoker, JsonCodec json) {
        this.invoker = invoker;
        this.json = json;
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html">Invoke</a>: 200 with the function's
     * response, 202 for Event, 204 for DryRun; headers {@code X-Amz-Executed-Version}, {@code X-Amz-Function-Error},
     * {@code X-Amz-Log-Result} and the invocation's {@code x-amzn-RequestId}.
     */
    RestJsonResponse invoke(RestJsonRequest request) {
        InvocationType type = LambdaParameters.invocationType(request.header("X-Amz-Invocation-Type"));
        InvokeResult result = invoker.invoke(new InvokeRequest(request.label("FunctionName"),
                request.query("Qualifier"), type, LambdaParameters.tailLog(request.header("X-Amz-Log-Type")),
                InvokePayload.of(request.body(), type, json),
                LambdaParameters.clientContext(request.header("X-Amz-Client-Context"), json)));
        return response(result);
    }

    private static RestJsonResponse response(InvokeResult result) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        addIfPresent(headers, "x-amzn-RequestId", result.requestId());
        addIfPresent(headers, "X-Amz-Executed-Version", result.executedVersion());
        addIfPresent(headers, "X-Amz-Function-Error", result.functionError());
        addIfPresent(headers, "X-Amz-Log-Result", result.logTail());
        return RestJsonResponse.raw(result.statusCode(), headers.build(), "application/json",
                result.statusCode() == 200 ? result.payload() : null);
    }

    private static void addIfPresent(HttpHeaders.Builder headers, String name, String value) {
        if (value != null) {
            headers.add(name, value);
        }
    }
}
