package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** AddPermission and RemovePermission. */
public final class Permissions {
    private Permissions() {
    }

    public record AddInput(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("Label") String label,
                           @JsonProperty("AWSAccountIds") List<String> accountIds,
                           @JsonProperty("Actions") List<String> actions) {

        public static AddInput fromQuery(QueryInput input) {
            return new AddInput(input.queueUrl(), input.string("Label"), input.list("AWSAccountId"),
                    input.list("ActionName"));
        }
    }

    public record RemoveInput(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("Label") String label) {

        public static RemoveInput fromQuery(QueryInput input) {
            return new RemoveInput(input.queueUrl(), input.string("Label"));
        }
    }
}
