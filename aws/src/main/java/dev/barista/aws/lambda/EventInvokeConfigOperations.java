package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.EventInvokeConfigInput;
import dev.barista.aws.lambda.wire.FunctionEventInvokeConfig;
import dev.barista.aws.lambda.wire.ListFunctionEventInvokeConfigsOutput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.function.AccountSettings;

/** Asynchronous invocation settings, per qualifier. One thin method per operation. */
final class EventInvokeConfigOperations {
    private static final String NAME = "FunctionName";
    private static final String QUALIFIER = "Qualifier";

    private final EventInvokeConfigService configs;
    private final AccountSettings account;

    EventInvokeConfigOperations(EventInvokeConfigService configs, AccountSettings account) {
        this.configs = configs;
        this.account = account;
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html">
     * PutFunctionEventInvokeConfig</a>.
     */
    RestJsonResponse putFunctionEventInvokeConfig(RestJsonRequest request) {
        return RestJsonResponse.ok(FunctionEventInvokeConfig.of(configs.put(request.body(EventInvokeConfigInput.class)
                .toCommand(request.label(NAME), request.query(QUALIFIER))), account));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionEventInvokeConfig.html">
     * UpdateFunctionEventInvokeConfig</a>.
     */
    RestJsonResponse updateFunctionEventInvokeConfig(RestJsonRequest request) {
        return RestJsonResponse.ok(FunctionEventInvokeConfig.of(configs.update(request
                .body(EventInvokeConfigInput.class).toCommand(request.label(NAME), request.query(QUALIFIER))),
                account));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionEventInvokeConfig.html">
     * GetFunctionEventInvokeConfig</a>.
     */
    RestJsonResponse getFunctionEventInvokeConfig(RestJsonRequest request) {
        return RestJsonResponse.ok(FunctionEventInvokeConfig.of(configs.get(request.label(NAME),
                request.query(QUALIFIER)), account));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunctionEventInvokeConfig.html">
     * DeleteFunctionEventInvokeConfig</a>: 204.
     */
    RestJsonResponse deleteFunctionEventInvokeConfig(RestJsonRequest request) {
        configs.delete(request.label(NAME), request.query(QUALIFIER));
        return RestJsonResponse.noContent();
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctionEventInvokeConfigs.html">
     * ListFunctionEventInvokeConfigs</a>.
     */
    RestJsonResponse listFunctionEventInvokeConfigs(RestJsonRequest request) {
        return RestJsonResponse.ok(ListFunctionEventInvokeConfigsOutput.of(configs.list(request.label(NAME),
                request.query("Marker"), request.queryInteger("MaxItems", "maxItems")), account));
    }
}
