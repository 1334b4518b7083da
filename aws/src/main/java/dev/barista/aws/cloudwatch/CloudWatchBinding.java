package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.query.AwsQueryOperation;
import dev.barista.aws.protocol.rpcv2cbor.RpcV2CborOperation;
import java.util.function.BiFunction;

/**
 * One CloudWatch operation as every protocol binds it: the wire record its input binds to and its thin method.
 *
 * @param <I> the input wire record
 */
record CloudWatchBinding<I>(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {

    AwsJsonOperation<I> json() {
        return AwsJsonOperation.of(inputType, method);
    }

    RpcV2CborOperation<I> cbor() {
        return RpcV2CborOperation.of(inputType, method);
    }

    AwsQueryOperation query() {
        return AwsQueryOperation.of(inputType, method);
    }
}
