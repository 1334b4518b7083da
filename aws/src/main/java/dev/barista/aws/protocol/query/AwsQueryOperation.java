package dev.barista.aws.protocol.query;

import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.RequestContext;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One awsQuery action: reads its form parameters ({@code QueueName}, {@code Attribute.1.Name}, ...), calls one
 * service method and returns the elements of {@code <ActionResult>}. An empty list answers no result element, as
 * actions without output do ({@code DeleteQueue}).
 */
@FunctionalInterface
public interface AwsQueryOperation {

    List<XmlElement> handle(QueryParameters parameters, RequestContext context);

    /**
     * An action whose parameters bind to a wire record ({@link QueryBinding}) and whose output record (or null for
     * none) becomes the result's elements: the same thin method can serve awsQuery and the JSON protocols.
     */
    static <I> AwsQueryOperation of(Class<I> inputType, BiFunction<I, RequestContext, ?> method) {
        return (parameters, context) -> {
            Object output = method.apply(QueryBinding.read(parameters, inputType), context);
            return output == null ? List.of() : QueryBinding.write(output);
        };
    }
}
