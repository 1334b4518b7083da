package dev.barista.aws.protocol.awsjson;

import dev.barista.aws.protocol.RequestContext;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One awsJson operation: the wire record its body binds to, and the thin method that takes it and returns the
 * output wire record (null answers {@code {}}). The protocol decodes and encodes; the method calls one service
 * method.
 *
 * @param <I> the input wire record
 */
public record AwsJsonOperation<I>(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {
    public AwsJsonOperation {
        Objects.requireNonNull(inputType, "inputType");
        Objects.requireNonNull(method, "method");
    }

    public static <I> AwsJsonOperation<I> of(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {
        return new AwsJsonOperation<>(inputType, method);
    }

    Object call(I input, RequestContext context) {
        return method.apply(input, context);
    }
}
