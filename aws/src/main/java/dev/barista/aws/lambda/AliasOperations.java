package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.AliasConfiguration;
import dev.barista.aws.lambda.wire.AliasInput;
import dev.barista.aws.lambda.wire.ListAliasesOutput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionService;

/** Aliases. One thin method per operation. */
final class AliasOperations {
    private static final String NAME = "FunctionName";
    private static final String ALIAS = "Name";

    private final FunctionService functions;
    private final AccountSettings account;

    AliasOperations(FunctionService functions) {
        this.functions = functions;
        this.account = functions.account();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html">CreateAlias</a>: 201. */
    RestJsonResponse createAlias(RestJsonRequest request) {
        return RestJsonResponse.created(AliasConfiguration.of(functions.createAlias(
                request.body(AliasInput.class).toCreateCommand(request.label(NAME))), account));
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetAlias.html">GetAlias</a>. */
    RestJsonResponse getAlias(RestJsonRequest request) {
        return RestJsonResponse.ok(AliasConfiguration.of(functions.alias(request.label(NAME), request.label(ALIAS)),
                account));
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html">UpdateAlias</a>. */
    RestJsonResponse updateAlias(RestJsonRequest request) {
        return RestJsonResponse.ok(AliasConfiguration.of(functions.updateAlias(
                request.body(AliasInput.class).toCommand(request.label(NAME), request.label(ALIAS))), account));
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteAlias.html">DeleteAlias</a>: 204. */
    RestJsonResponse deleteAlias(RestJsonRequest request) {
        functions.deleteAlias(request.label(NAME), request.label(ALIAS));
        return RestJsonResponse.noContent();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListAliases.html">ListAliases</a>. */
    RestJsonResponse listAliases(RestJsonRequest request) {
        return RestJsonResponse.ok(ListAliasesOutput.of(functions.listAliases(request.label(NAME),
                request.query("FunctionVersion"), request.query("Marker"),
                request.queryInteger("MaxItems", "maxItems")), account));
    }
}
