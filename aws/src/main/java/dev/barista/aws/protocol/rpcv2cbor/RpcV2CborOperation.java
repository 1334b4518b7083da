package dev.barista.aws.protocol.rpcv2cbor;

import dev.barista.aws.protocol.RequestContext;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One rpcv2Cbor operation: the wire record its body binds to, and the thin method that takes it and returns the
 * output wire record, or null for an operation without output (answered with no body).
 *
 * @param <I> the input wire record
 */
public record RpcV2CborOperation<I>(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {
    public RpcV2CborOperation {
        Objects.requireNonNull(inputType, "inputType");
        Objects.requireNonNull(method, "method");
    }

    public static <I> RpcV2CborOperation<I> of(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {
        return new RpcV2CborOperation<>(inputType, method);
    }

    Object call(I input, RequestContext context) {
        return method.apply(input, context);
    }
}
