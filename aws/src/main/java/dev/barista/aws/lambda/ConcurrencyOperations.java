package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.AccountSettingsOutput;
import dev.barista.aws.lambda.wire.Concurrency;
import dev.barista.aws.lambda.wire.PutFunctionConcurrencyInput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.function.FunctionService;

/** Reserved concurrency and the account's limits. One thin method per operation. */
final class ConcurrencyOperations {
    private static final String NAME = "FunctionName";

    private final FunctionService functions;

    ConcurrencyOperations(FunctionService functions) {
        this.functions = functions;
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html">
     * PutFunctionConcurrency</a>.
     */
    RestJsonResponse putFunctionConcurrency(RestJsonRequest request) {
        return RestJsonResponse.ok(new Concurrency(functions.putConcurrency(request.label(NAME),
                request.body(PutFunctionConcurrencyInput.class).required())));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionConcurrency.html">
     * GetFunctionConcurrency</a>: {@code {}} when the function has no reservation.
     */
    RestJsonResponse getFunctionConcurrency(RestJsonRequest request) {
        return RestJsonResponse.ok(new Concurrency(functions.concurrency(request.label(NAME)).orElse(null)));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunctionConcurrency.html">
     * DeleteFunctionConcurrency</a>: 204.
     */
    RestJsonResponse deleteFunctionConcurrency(RestJsonRequest request) {
        functions.deleteConcurrency(request.label(NAME));
        return RestJsonResponse.noContent();
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetAccountSettings.html">GetAccountSettings</a>.
     */
    RestJsonResponse getAccountSettings(RestJsonRequest request) {
        return RestJsonResponse.ok(AccountSettingsOutput.of(functions.accountView()));
    }
}
