package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** CreateQueue's input. */
public final class CreateQueue {
    private CreateQueue() {
    }

    /** JSON's tag map is {@code tags}, in lower case, as SQS's model names it. */
    public record Input(@JsonProperty("QueueName") String queueName,
                        @JsonProperty("Attributes") Map<String, String> attributes,
                        @JsonProperty("tags") Map<String, String> tags) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.string("QueueName"), input.map("Attribute", "Name", "Value"),
                    input.map("Tag", "Key", "Value"));
        }
    }
}
