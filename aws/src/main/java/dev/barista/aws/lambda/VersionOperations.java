package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.FunctionConfigurationOutput;
import dev.barista.aws.lambda.wire.ListVersionsByFunctionOutput;
import dev.barista.aws.lambda.wire.PublishVersionInput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionService;

/** Published versions. One thin method per operation. */
final class VersionOperations {
    private static final String NAME = "FunctionName";

    private final FunctionService functions;
    private final AccountSettings account;

    VersionOperations(FunctionService functions) {
        this.functions = functions;
        this.account = functions.account();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html">PublishVersion</a>: 201. */
    RestJsonResponse publishVersion(RestJsonRequest request) {
        PublishVersionInput input = request.body(PublishVersionInput.class);
        return RestJsonResponse.created(FunctionConfigurationOutput.of(functions.publishVersion(request.label(NAME),
                input.codeSha256(), input.description(), input.revisionId()), account, true));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListVersionsByFunction.html">
     * ListVersionsByFunction</a>.
     */
    RestJsonResponse listVersionsByFunction(RestJsonRequest request) {
        return RestJsonResponse.ok(ListVersionsByFunctionOutput.of(functions.listVersions(request.label(NAME),
                request.query("Marker"), request.queryInteger("MaxItems", "maxItems")), account));
    }
}
