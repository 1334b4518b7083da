package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.List;
import java.util.Map;

/** TagQueue, UntagQueue and ListQueueTags. */
public final class QueueTags {
    private QueueTags() {
    }

    public record TagInput(@JsonProperty("QueueUrl") String queueUrl,
                           @JsonProperty("Tags") Map<String, String> tags) {

        public static TagInput fromQuery(QueryInput input) {
            return new TagInput(input.queueUrl(), input.map("Tag", "Key", "Value"));
        }
    }

    public record UntagInput(@JsonProperty("QueueUrl") String queueUrl,
                             @JsonProperty("TagKeys") List<String> tagKeys) {

        public static UntagInput fromQuery(QueryInput input) {
            return new UntagInput(input.queueUrl(), input.list("TagKey"));
        }
    }

    /** @param tags null when the queue has none */
    public record ListOutput(@JsonProperty("Tags") Map<String, String> tags) {

        public List<XmlElement> toXml() {
            return new QueryOutput().map("Tag", "Key", "Value", tags).elements();
        }
    }
}
