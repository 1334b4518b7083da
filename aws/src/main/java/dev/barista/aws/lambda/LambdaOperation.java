package dev.barista.aws.lambda;

import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.SupportedOperation;
import dev.barista.aws.protocol.restjson.BodyLimit;
import dev.barista.aws.protocol.restjson.PathTemplate;

/**
 * Every operation of the Lambda API (as of AWS SDK for Java 2.40.2, plus the legacy {@code InvokeAsync}), with its
 * HTTP binding from the API model and whether Barista implements it. This is the one list of what Barista
 * supports: {@link LambdaService} routes every constant, implemented or not (an unimplemented one answers 501
 * {@code NotImplemented}), and the support table in {@code aws/README.md} is generated from it
 * ({@link LambdaSupportTable}).
 */
public enum LambdaOperation implements SupportedOperation {
    ADD_LAYER_VERSION_PERMISSION("AddLayerVersionPermission", "POST",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", Support.NOT_IMPLEMENTED),
    ADD_PERMISSION("AddPermission", "POST", "/2015-03-31/functions/{FunctionName}/policy", Support.NOT_IMPLEMENTED),
    CHECKPOINT_DURABLE_EXECUTION("CheckpointDurableExecution", "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", Support.NOT_IMPLEMENTED),
    CREATE_ALIAS("CreateAlias", "POST", "/2015-03-31/functions/{FunctionName}/aliases", Support.IMPLEMENTED),
    CREATE_CAPACITY_PROVIDER("CreateCapacityProvider", "POST",
            "/2025-11-30/capacity-providers", Support.NOT_IMPLEMENTED),
    CREATE_CODE_SIGNING_CONFIG("CreateCodeSigningConfig", "POST",
            "/2020-04-22/code-signing-configs", Support.NOT_IMPLEMENTED),
    CREATE_EVENT_SOURCE_MAPPING("CreateEventSourceMapping", "POST",
            "/2015-03-31/event-source-mappings", Support.IMPLEMENTED),
    CREATE_FUNCTION("CreateFunction", "POST",
            "/2015-03-31/functions", Support.IMPLEMENTED, new BodyLimit(70_167_211, "CreateFunction")),
    CREATE_FUNCTION_URL_CONFIG("CreateFunctionUrlConfig", "POST",
            "/2021-10-31/functions/{FunctionName}/url", Support.NOT_IMPLEMENTED),
    DELETE_ALIAS("DeleteAlias", "DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", Support.IMPLEMENTED),
    DELETE_CAPACITY_PROVIDER("DeleteCapacityProvider", "DELETE",
            "/2025-11-30/capacity-providers/{CapacityProviderName}", Support.NOT_IMPLEMENTED),
    DELETE_CODE_SIGNING_CONFIG("DeleteCodeSigningConfig", "DELETE",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", Support.NOT_IMPLEMENTED),
    DELETE_EVENT_SOURCE_MAPPING("DeleteEventSourceMapping", "DELETE",
            "/2015-03-31/event-source-mappings/{UUID}", Support.IMPLEMENTED),
    DELETE_FUNCTION("DeleteFunction", "DELETE", "/2015-03-31/functions/{FunctionName}", Support.IMPLEMENTED),
    DELETE_FUNCTION_CODE_SIGNING_CONFIG("DeleteFunctionCodeSigningConfig", "DELETE",
            "/2020-06-30/functions/{FunctionName}/code-signing-config", Support.NOT_IMPLEMENTED),
    DELETE_FUNCTION_CONCURRENCY("DeleteFunctionConcurrency", "DELETE",
            "/2017-10-31/functions/{FunctionName}/concurrency", Support.IMPLEMENTED),
    DELETE_FUNCTION_EVENT_INVOKE_CONFIG("DeleteFunctionEventInvokeConfig", "DELETE",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config", Support.IMPLEMENTED),
    DELETE_FUNCTION_URL_CONFIG("DeleteFunctionUrlConfig", "DELETE",
            "/2021-10-31/functions/{FunctionName}/url", Support.NOT_IMPLEMENTED),
    DELETE_LAYER_VERSION("DeleteLayerVersion", "DELETE",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", Support.NOT_IMPLEMENTED),
    DELETE_PROVISIONED_CONCURRENCY_CONFIG("DeleteProvisionedConcurrencyConfig", "DELETE",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", Support.NOT_IMPLEMENTED),
    GET_ACCOUNT_SETTINGS("GetAccountSettings", "GET", "/2016-08-19/account-settings", Support.IMPLEMENTED),
    GET_ALIAS("GetAlias", "GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", Support.IMPLEMENTED),
    GET_CAPACITY_PROVIDER("GetCapacityProvider", "GET",
            "/2025-11-30/capacity-providers/{CapacityProviderName}", Support.NOT_IMPLEMENTED),
    GET_CODE_SIGNING_CONFIG("GetCodeSigningConfig", "GET",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", Support.NOT_IMPLEMENTED),
    GET_DURABLE_EXECUTION("GetDurableExecution", "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}", Support.NOT_IMPLEMENTED),
    GET_DURABLE_EXECUTION_HISTORY("GetDurableExecutionHistory", "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/history", Support.NOT_IMPLEMENTED),
    GET_DURABLE_EXECUTION_STATE("GetDurableExecutionState", "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/state", Support.NOT_IMPLEMENTED),
    GET_EVENT_SOURCE_MAPPING("GetEventSourceMapping", "GET",
            "/2015-03-31/event-source-mappings/{UUID}", Support.IMPLEMENTED),
    GET_FUNCTION("GetFunction", "GET", "/2015-03-31/functions/{FunctionName}", Support.IMPLEMENTED),
    GET_FUNCTION_CODE_SIGNING_CONFIG("GetFunctionCodeSigningConfig", "GET",
            "/2020-06-30/functions/{FunctionName}/code-signing-config", Support.NOT_IMPLEMENTED),
    GET_FUNCTION_CONCURRENCY("GetFunctionConcurrency", "GET",
            "/2019-09-30/functions/{FunctionName}/concurrency", Support.IMPLEMENTED),
    GET_FUNCTION_CONFIGURATION("GetFunctionConfiguration", "GET",
            "/2015-03-31/functions/{FunctionName}/configuration", Support.IMPLEMENTED),
    GET_FUNCTION_EVENT_INVOKE_CONFIG("GetFunctionEventInvokeConfig", "GET",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config", Support.IMPLEMENTED),
    GET_FUNCTION_RECURSION_CONFIG("GetFunctionRecursionConfig", "GET",
            "/2024-08-31/functions/{FunctionName}/recursion-config", Support.NOT_IMPLEMENTED),
    GET_FUNCTION_SCALING_CONFIG("GetFunctionScalingConfig", "GET",
            "/2025-11-30/functions/{FunctionName}/function-scaling-config", Support.NOT_IMPLEMENTED),
    GET_FUNCTION_URL_CONFIG("GetFunctionUrlConfig", "GET",
            "/2021-10-31/functions/{FunctionName}/url", Support.NOT_IMPLEMENTED),
    GET_LAYER_VERSION("GetLayerVersion", "GET",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", Support.NOT_IMPLEMENTED),
    GET_LAYER_VERSION_BY_ARN("GetLayerVersionByArn", "GET",
            "/2018-10-31/layers?find=LayerVersion", Support.NOT_IMPLEMENTED),
    GET_LAYER_VERSION_POLICY("GetLayerVersionPolicy", "GET",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", Support.NOT_IMPLEMENTED),
    GET_POLICY("GetPolicy", "GET", "/2015-03-31/functions/{FunctionName}/policy", Support.NOT_IMPLEMENTED),
    GET_PROVISIONED_CONCURRENCY_CONFIG("GetProvisionedConcurrencyConfig", "GET",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", Support.NOT_IMPLEMENTED),
    GET_RUNTIME_MANAGEMENT_CONFIG("GetRuntimeManagementConfig", "GET",
            "/2021-07-20/functions/{FunctionName}/runtime-management-config", Support.NOT_IMPLEMENTED),
    INVOKE("Invoke", "POST",
            "/2015-03-31/functions/{FunctionName}/invocations",
            Support.IMPLEMENTED, new BodyLimit(6_291_456, "InvokeFunction")),
    INVOKE_ASYNC("InvokeAsync", "POST", "/2014-11-13/functions/{FunctionName}/invoke-async/", Support.NOT_IMPLEMENTED),
    INVOKE_WITH_RESPONSE_STREAM("InvokeWithResponseStream", "POST",
            "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", Support.NOT_IMPLEMENTED),
    LIST_ALIASES("ListAliases", "GET", "/2015-03-31/functions/{FunctionName}/aliases", Support.IMPLEMENTED),
    LIST_CAPACITY_PROVIDERS("ListCapacityProviders", "GET", "/2025-11-30/capacity-providers", Support.NOT_IMPLEMENTED),
    LIST_CODE_SIGNING_CONFIGS("ListCodeSigningConfigs", "GET",
            "/2020-04-22/code-signing-configs", Support.NOT_IMPLEMENTED),
    LIST_DURABLE_EXECUTIONS_BY_FUNCTION("ListDurableExecutionsByFunction", "GET",
            "/2025-12-01/functions/{FunctionName}/durable-executions", Support.NOT_IMPLEMENTED),
    LIST_EVENT_SOURCE_MAPPINGS("ListEventSourceMappings", "GET",
            "/2015-03-31/event-source-mappings", Support.IMPLEMENTED),
    LIST_FUNCTION_EVENT_INVOKE_CONFIGS("ListFunctionEventInvokeConfigs", "GET",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", Support.IMPLEMENTED),
    LIST_FUNCTION_URL_CONFIGS("ListFunctionUrlConfigs", "GET",
            "/2021-10-31/functions/{FunctionName}/urls", Support.NOT_IMPLEMENTED),
    LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER("ListFunctionVersionsByCapacityProvider", "GET",
            "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", Support.NOT_IMPLEMENTED),
    LIST_FUNCTIONS("ListFunctions", "GET", "/2015-03-31/functions", Support.IMPLEMENTED),
    LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG("ListFunctionsByCodeSigningConfig", "GET",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", Support.NOT_IMPLEMENTED),
    LIST_LAYER_VERSIONS("ListLayerVersions", "GET",
            "/2018-10-31/layers/{LayerName}/versions", Support.NOT_IMPLEMENTED),
    LIST_LAYERS("ListLayers", "GET", "/2018-10-31/layers", Support.NOT_IMPLEMENTED),
    LIST_PROVISIONED_CONCURRENCY_CONFIGS("ListProvisionedConcurrencyConfigs", "GET",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", Support.NOT_IMPLEMENTED),
    LIST_TAGS("ListTags", "GET", "/2017-03-31/tags/{Resource}", Support.IMPLEMENTED),
    LIST_VERSIONS_BY_FUNCTION("ListVersionsByFunction", "GET",
            "/2015-03-31/functions/{FunctionName}/versions", Support.IMPLEMENTED),
    PUBLISH_LAYER_VERSION("PublishLayerVersion", "POST",
            "/2018-10-31/layers/{LayerName}/versions", Support.NOT_IMPLEMENTED),
    PUBLISH_VERSION("PublishVersion", "POST", "/2015-03-31/functions/{FunctionName}/versions", Support.IMPLEMENTED),
    PUT_FUNCTION_CODE_SIGNING_CONFIG("PutFunctionCodeSigningConfig", "PUT",
            "/2020-06-30/functions/{FunctionName}/code-signing-config", Support.NOT_IMPLEMENTED),
    PUT_FUNCTION_CONCURRENCY("PutFunctionConcurrency", "PUT",
            "/2017-10-31/functions/{FunctionName}/concurrency", Support.IMPLEMENTED),
    PUT_FUNCTION_EVENT_INVOKE_CONFIG("PutFunctionEventInvokeConfig", "PUT",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config", Support.IMPLEMENTED),
    PUT_FUNCTION_RECURSION_CONFIG("PutFunctionRecursionConfig", "PUT",
            "/2024-08-31/functions/{FunctionName}/recursion-config", Support.NOT_IMPLEMENTED),
    PUT_FUNCTION_SCALING_CONFIG("PutFunctionScalingConfig", "PUT",
            "/2025-11-30/functions/{FunctionName}/function-scaling-config", Support.NOT_IMPLEMENTED),
    PUT_PROVISIONED_CONCURRENCY_CONFIG("PutProvisionedConcurrencyConfig", "PUT",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", Support.NOT_IMPLEMENTED),
    PUT_RUNTIME_MANAGEMENT_CONFIG("PutRuntimeManagementConfig", "PUT",
            "/2021-07-20/functions/{FunctionName}/runtime-management-config", Support.NOT_IMPLEMENTED),
    REMOVE_LAYER_VERSION_PERMISSION("RemoveLayerVersionPermission", "DELETE",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", Support.NOT_IMPLEMENTED),
    REMOVE_PERMISSION("RemovePermission", "DELETE",
            "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", Support.NOT_IMPLEMENTED),
    SEND_DURABLE_EXECUTION_CALLBACK_FAILURE("SendDurableExecutionCallbackFailure", "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", Support.NOT_IMPLEMENTED),
    SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT("SendDurableExecutionCallbackHeartbeat", "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", Support.NOT_IMPLEMENTED),
    SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS("SendDurableExecutionCallbackSuccess", "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", Support.NOT_IMPLEMENTED),
    STOP_DURABLE_EXECUTION("StopDurableExecution", "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", Support.NOT_IMPLEMENTED),
    TAG_RESOURCE("TagResource", "POST", "/2017-03-31/tags/{Resource}", Support.IMPLEMENTED),
    UNTAG_RESOURCE("UntagResource", "DELETE", "/2017-03-31/tags/{Resource}", Support.IMPLEMENTED),
    UPDATE_ALIAS("UpdateAlias", "PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", Support.IMPLEMENTED),
    UPDATE_CAPACITY_PROVIDER("UpdateCapacityProvider", "PUT",
            "/2025-11-30/capacity-providers/{CapacityProviderName}", Support.NOT_IMPLEMENTED),
    UPDATE_CODE_SIGNING_CONFIG("UpdateCodeSigningConfig", "PUT",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", Support.NOT_IMPLEMENTED),
    UPDATE_EVENT_SOURCE_MAPPING("UpdateEventSourceMapping", "PUT",
            "/2015-03-31/event-source-mappings/{UUID}", Support.IMPLEMENTED),
    UPDATE_FUNCTION_CODE("UpdateFunctionCode", "PUT",
            "/2015-03-31/functions/{FunctionName}/code",
            Support.IMPLEMENTED, new BodyLimit(70_167_211, "UpdateFunctionCode")),
    UPDATE_FUNCTION_CONFIGURATION("UpdateFunctionConfiguration", "PUT",
            "/2015-03-31/functions/{FunctionName}/configuration", Support.IMPLEMENTED),
    UPDATE_FUNCTION_EVENT_INVOKE_CONFIG("UpdateFunctionEventInvokeConfig", "POST",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config", Support.IMPLEMENTED),
    UPDATE_FUNCTION_URL_CONFIG("UpdateFunctionUrlConfig", "PUT",
            "/2021-10-31/functions/{FunctionName}/url", Support.NOT_IMPLEMENTED);

    private final String operationName;
    private final String method;
    private final PathTemplate path;
    private final Support support;
    private final BodyLimit bodyLimit;

    LambdaOperation(String operationName, String method, String path, Support support) {
        this(operationName, method, path, support, null);
    }

    LambdaOperation(String operationName, String method, String path, Support support, BodyLimit bodyLimit) {
        this.operationName = operationName;
        this.method = method;
        this.path = PathTemplate.parse(path);
        this.support = support;
        this.bodyLimit = bodyLimit;
    }

    /** The AWS operation name, such as {@code CreateFunction}. */
    @Override
    public String operationName() {
        return operationName;
    }

    public String method() {
        return method;
    }

    public PathTemplate path() {
        return path;
    }

    @Override
    public Support support() {
        return support;
    }

    /** The largest body AWS accepts for the operation, or null when AWS documents none. */
    public BodyLimit bodyLimit() {
        return bodyLimit;
    }

    /** The operation's page in the Lambda API reference. */
    @Override
    public String documentation() {
        return "https://docs.aws.amazon.com/lambda/latest/api/API_" + operationName + ".html";
    }
}
