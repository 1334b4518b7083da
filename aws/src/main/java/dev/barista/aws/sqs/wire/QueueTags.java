package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TagQueue, UntagQueue and ListQueueTags. */
public final class QueueTags {
    private QueueTags() {
    }

    public record TagInput(@JsonProperty("QueueUrl") String queueUrl,
                           @JsonProperty("Tags") Map<String, String> tags) {

        /** SQS's model flattens the tags as {@code Tag.N.*}; the SDK for Java v1 sends {@code Tags.N.*}. */
        public static TagInput fromQuery(QueryInput input) {
            Map<String, String> tags = new LinkedHashMap<>();
            Optional.ofNullable(input.map("Tag", "Key", "Value")).ifPresent(tags::putAll);
            Optional.ofNullable(input.map("Tags", "Key", "Value")).ifPresent(tags::putAll);
            return new TagInput(input.queueUrl(), tags);
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
