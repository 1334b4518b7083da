package dev.barista.aws.sqs;

import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.query.AwsQueryOperation;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.aws.sqs.wire.QueryInput;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One SQS operation bound to both protocols: the thin method, its input record (which awsJson binds the body to,
 * and awsQuery reads from form parameters), and its output record's awsQuery encoding (awsJson writes it as is).
 */
record SqsBinding<I, O>(Class<I> inputType, Function<QueryInput, I> fromQuery,
                        BiFunction<I, RequestContext, O> method, Function<O, List<XmlElement>> toXml) {

    static <I, O> SqsBinding<I, O> of(Class<I> inputType, Function<QueryInput, I> fromQuery,
                                      BiFunction<I, RequestContext, O> method, Function<O, List<XmlElement>> toXml) {
        return new SqsBinding<>(inputType, fromQuery, method, toXml);
    }

    /** An operation without output: awsJson answers {@code {}}, awsQuery the response metadata only. */
    static <I> SqsBinding<I, Void> withoutOutput(Class<I> inputType, Function<QueryInput, I> fromQuery,
                                                 BiFunction<I, RequestContext, Void> method) {
        return new SqsBinding<>(inputType, fromQuery, method, output -> List.of());
    }

    AwsJsonOperation<I> json() {
        return AwsJsonOperation.of(inputType, method);
    }

    AwsQueryOperation query() {
        return (parameters, context) -> toXml.apply(method.apply(fromQuery.apply(QueryInput.of(parameters, context)),
                context));
    }
}
