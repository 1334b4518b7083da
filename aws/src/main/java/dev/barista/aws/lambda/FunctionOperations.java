package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.CreateFunctionInput;
import dev.barista.aws.lambda.wire.FunctionConfigurationOutput;
import dev.barista.aws.lambda.wire.GetFunctionOutput;
import dev.barista.aws.lambda.wire.ListFunctionsOutput;
import dev.barista.aws.lambda.wire.UpdateFunctionCodeInput;
import dev.barista.aws.lambda.wire.UpdateFunctionConfigurationInput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionDetails;
import dev.barista.core.function.FunctionService;

/** Functions: create, read, list, update, delete. One thin method per operation. */
final class FunctionOperations {
    private static final String NAME = "FunctionName";
    private static final String QUALIFIER = "Qualifier";

    private final FunctionService functions;
    private final AccountSettings account;

    FunctionOperations(FunctionService functions) {
        this.functions = functions;
        this.account = functions.account();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction</a>: 201. */
    RestJsonResponse createFunction(RestJsonRequest request) {
        return RestJsonResponse.created(FunctionConfigurationOutput.of(
                functions.create(request.body(CreateFunctionInput.class).toCommand()), account, false));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html">GetFunction</a>: the code's
     * location is a URL on this server, built from the request's {@code Host}.
     */
    RestJsonResponse getFunction(RestJsonRequest request) {
        String qualifier = request.query(QUALIFIER);
        FunctionDetails details = functions.get(request.label(NAME), qualifier);
        return RestJsonResponse.ok(GetFunctionOutput.of(details, account, qualifier != null,
                CodeLocations.url(request.context().host(), details.configuration().code().sha256Base64())));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionConfiguration.html">
     * GetFunctionConfiguration</a>.
     */
    RestJsonResponse getFunctionConfiguration(RestJsonRequest request) {
        String qualifier = request.query(QUALIFIER);
        return RestJsonResponse.ok(FunctionConfigurationOutput.of(
                functions.configuration(request.label(NAME), qualifier), account, qualifier != null));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html">ListFunctions</a>.
     * {@code MasterRegion} (Lambda@Edge replicas) is ignored: Barista has no replicas.
     */
    RestJsonResponse listFunctions(RestJsonRequest request) {
        boolean allVersions = LambdaParameters.allVersions(request.query("FunctionVersion"));
        return RestJsonResponse.ok(ListFunctionsOutput.of(functions.list(allVersions, request.query("Marker"),
                request.queryInteger("MaxItems", "maxItems")), account, allVersions));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html">UpdateFunctionCode</a>.
     */
    RestJsonResponse updateFunctionCode(RestJsonRequest request) {
        return RestJsonResponse.ok(FunctionConfigurationOutput.of(functions.updateCode(
                request.body(UpdateFunctionCodeInput.class).toCommand(request.label(NAME))), account, false));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html">
     * UpdateFunctionConfiguration</a>.
     */
    RestJsonResponse updateFunctionConfiguration(RestJsonRequest request) {
        return RestJsonResponse.ok(FunctionConfigurationOutput.of(functions.updateConfiguration(
                request.body(UpdateFunctionConfigurationInput.class).toCommand(request.label(NAME))), account, false));
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html">DeleteFunction</a>: 204. */
    RestJsonResponse deleteFunction(RestJsonRequest request) {
        functions.delete(request.label(NAME), request.query(QUALIFIER));
        return RestJsonResponse.noContent();
    }
}
