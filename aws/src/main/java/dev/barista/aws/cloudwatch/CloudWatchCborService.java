package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.rpcv2cbor.RpcV2CborOperation;
import dev.barista.aws.protocol.rpcv2cbor.RpcV2CborService;
import dev.barista.core.error.ErrorCode;
import java.util.Map;

/** CloudWatch in Smithy RPC v2 CBOR: {@code POST /service/GraniteServiceVersion20100801/operation/<op>}. */
final class CloudWatchCborService implements RpcV2CborService, QueryCompatible {
    private final Map<String, RpcV2CborOperation<?>> operations;

    CloudWatchCborService(Map<String, RpcV2CborOperation<?>> operations) {
        this.operations = operations;
    }

    @Override
    public String name() {
        return "CloudWatch";
    }

    @Override
    public String serviceName() {
        return CloudWatch.TARGET_PREFIX;
    }

    @Override
    public String shapeNamespace() {
        return CloudWatchErrors.SHAPE_NAMESPACE;
    }

    @Override
    public Map<String, RpcV2CborOperation<?>> operations() {
        return operations;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return CloudWatchErrors.errorFor(code);
    }

    @Override
    public String errorShapeId(AwsError error) {
        return CloudWatchErrors.shapeId(error);
    }
}
