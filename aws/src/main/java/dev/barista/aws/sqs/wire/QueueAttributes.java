package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.List;
import java.util.Map;

/** GetQueueAttributes and SetQueueAttributes. */
public final class QueueAttributes {
    private QueueAttributes() {
    }

    public record GetInput(@JsonProperty("QueueUrl") String queueUrl,
                           @JsonProperty("AttributeNames") List<String> attributeNames) {

        public static GetInput fromQuery(QueryInput input) {
            return new GetInput(input.queueUrl(), input.list("AttributeName"));
        }
    }

    /** @param attributes null when none were asked for */
    public record GetOutput(@JsonProperty("Attributes") Map<String, String> attributes) {

        public List<XmlElement> toXml() {
            return new QueryOutput().map("Attribute", "Name", "Value", attributes).elements();
        }
    }

    public record SetInput(@JsonProperty("QueueUrl") String queueUrl,
                           @JsonProperty("Attributes") Map<String, String> attributes) {

        public static SetInput fromQuery(QueryInput input) {
            return new SetInput(input.queueUrl(), input.map("Attribute", "Name", "Value"));
        }
    }
}
