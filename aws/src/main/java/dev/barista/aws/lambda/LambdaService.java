package dev.barista.aws.lambda;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.restjson.RestJsonOperation;
import dev.barista.aws.protocol.restjson.RestJsonRoute;
import dev.barista.aws.protocol.restjson.RestJsonService;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.eventsource.EventSourceMappingService;
import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.function.FunctionService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda API (restJson) on core's services: every {@link LambdaOperation} is routed; an implemented one runs its
 * thin method, any other answers 501 {@code NotImplemented} with the operation's name. Register it with
 * {@link dev.barista.aws.AwsGateway.Builder#restJson}. Thread-safe.
 */
public final class LambdaService implements RestJsonService {
    private final List<RestJsonRoute> routes;

    /**
     * @throws IllegalStateException when an operation's declared support and its binding disagree
     */
    public LambdaService(FunctionService functions, LambdaInvoker invoker, EventSourceMappingService mappings,
                         EventInvokeConfigService eventInvokeConfigs) {
        Map<LambdaOperation, RestJsonOperation> implemented = implementations(functions, invoker, mappings);
        addEventInvokeConfigs(implemented, new EventInvokeConfigOperations(eventInvokeConfigs, functions.account()));
        List<RestJsonRoute> bound = new ArrayList<>();
        for (LambdaOperation operation : LambdaOperation.values()) {
            RestJsonOperation handler = implemented.get(operation);
            if ((handler != null) != (operation.support() == Support.IMPLEMENTED)) {
                throw new IllegalStateException(operation.operationName() + " is declared " + operation.support()
                        + " but is " + (handler == null ? "not bound" : "bound"));
            }
            bound.add(new RestJsonRoute(operation.operationName(), operation.method(), operation.path(),
                    operation.bodyLimit(), handler == null ? notImplemented(operation) : handler));
        }
        this.routes = List.copyOf(bound);
    }

    @Override
    public String name() {
        return "Lambda";
    }

    @Override
    public List<RestJsonRoute> routes() {
        return routes;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return LambdaErrors.errorFor(code);
    }

    private static Map<LambdaOperation, RestJsonOperation> implementations(FunctionService functions,
                                                                           LambdaInvoker invoker,
                                                                           EventSourceMappingService mappings) {
        FunctionOperations function = new FunctionOperations(functions);
        VersionOperations versions = new VersionOperations(functions);
        AliasOperations aliases = new AliasOperations(functions);
        ConcurrencyOperations concurrency = new ConcurrencyOperations(functions);
        TagOperations tags = new TagOperations(functions);
        InvokeOperation invoke = new InvokeOperation(invoker, new JsonCodec());
        Map<LambdaOperation, RestJsonOperation> operations = new EnumMap<>(LambdaOperation.class);
        operations.put(LambdaOperation.CREATE_FUNCTION, function::createFunction);
        operations.put(LambdaOperation.GET_FUNCTION, function::getFunction);
        operations.put(LambdaOperation.GET_FUNCTION_CONFIGURATION, function::getFunctionConfiguration);
        operations.put(LambdaOperation.LIST_FUNCTIONS, function::listFunctions);
        operations.put(LambdaOperation.UPDATE_FUNCTION_CODE, function::updateFunctionCode);
        operations.put(LambdaOperation.UPDATE_FUNCTION_CONFIGURATION, function::updateFunctionConfiguration);
        operations.put(LambdaOperation.DELETE_FUNCTION, function::deleteFunction);
        operations.put(LambdaOperation.INVOKE, invoke::invoke);
        operations.put(LambdaOperation.PUBLISH_VERSION, versions::publishVersion);
        operations.put(LambdaOperation.LIST_VERSIONS_BY_FUNCTION, versions::listVersionsByFunction);
        operations.put(LambdaOperation.CREATE_ALIAS, aliases::createAlias);
        operations.put(LambdaOperation.GET_ALIAS, aliases::getAlias);
        operations.put(LambdaOperation.UPDATE_ALIAS, aliases::updateAlias);
        operations.put(LambdaOperation.DELETE_ALIAS, aliases::deleteAlias);
        operations.put(LambdaOperation.LIST_ALIASES, aliases::listAliases);
        operations.put(LambdaOperation.PUT_FUNCTION_CONCURRENCY, concurrency::putFunctionConcurrency);
        operations.put(LambdaOperation.GET_FUNCTION_CONCURRENCY, concurrency::getFunctionConcurrency);
        operations.put(LambdaOperation.DELETE_FUNCTION_CONCURRENCY, concurrency::deleteFunctionConcurrency);
        operations.put(LambdaOperation.GET_ACCOUNT_SETTINGS, concurrency::getAccountSettings);
        operations.put(LambdaOperation.TAG_RESOURCE, tags::tagResource);
        operations.put(LambdaOperation.UNTAG_RESOURCE, tags::untagResource);
        operations.put(LambdaOperation.LIST_TAGS, tags::listTags);
        EventSourceMappingOperations eventSources = new EventSourceMappingOperations(mappings);
        operations.put(LambdaOperation.CREATE_EVENT_SOURCE_MAPPING, eventSources::createEventSourceMapping);
        operations.put(LambdaOperation.GET_EVENT_SOURCE_MAPPING, eventSources::getEventSourceMapping);
        operations.put(LambdaOperation.LIST_EVENT_SOURCE_MAPPINGS, eventSources::listEventSourceMappings);
        operations.put(LambdaOperation.UPDATE_EVENT_SOURCE_MAPPING, eventSources::updateEventSourceMapping);
        operations.put(LambdaOperation.DELETE_EVENT_SOURCE_MAPPING, eventSources::deleteEventSourceMapping);
        return operations;
    }

    private static void addEventInvokeConfigs(Map<LambdaOperation, RestJsonOperation> operations,
                                              EventInvokeConfigOperations configs) {
        operations.put(LambdaOperation.PUT_FUNCTION_EVENT_INVOKE_CONFIG, configs::putFunctionEventInvokeConfig);
        operations.put(LambdaOperation.UPDATE_FUNCTION_EVENT_INVOKE_CONFIG, configs::updateFunctionEventInvokeConfig);
        operations.put(LambdaOperation.GET_FUNCTION_EVENT_INVOKE_CONFIG, configs::getFunctionEventInvokeConfig);
        operations.put(LambdaOperation.DELETE_FUNCTION_EVENT_INVOKE_CONFIG, configs::deleteFunctionEventInvokeConfig);
        operations.put(LambdaOperation.LIST_FUNCTION_EVENT_INVOKE_CONFIGS, configs::listFunctionEventInvokeConfigs);
    }

    private static RestJsonOperation notImplemented(LambdaOperation operation) {
        return request -> {
            throw new BaristaException(ErrorCode.UNSUPPORTED_OPERATION, "Barista does not support the Lambda operation "
                    + operation.operationName() + " yet.");
        };
    }
}
