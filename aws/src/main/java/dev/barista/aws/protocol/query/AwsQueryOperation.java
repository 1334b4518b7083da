package dev.barista.aws.protocol.query;

import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.RequestContext;
import java.util.List;

/**
 * One awsQuery action: reads its form parameters ({@code QueueName}, {@code Attribute.1.Name}, ...), calls one
 * service method and returns the elements of {@code <ActionResult>}. An empty list answers no result element, as
 * actions without output do ({@code DeleteQueue}).
 */
@FunctionalInterface
public interface AwsQueryOperation {

    List<XmlElement> handle(QueryParameters parameters, RequestContext context);
}
