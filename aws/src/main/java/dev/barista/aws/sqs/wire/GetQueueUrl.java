package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GetQueueUrl's input. */
public final class GetQueueUrl {
    private GetQueueUrl() {
    }

    public record Input(@JsonProperty("QueueName") String queueName,
                        @JsonProperty("QueueOwnerAWSAccountId") String queueOwnerAccountId) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.string("QueueName"), input.string("QueueOwnerAWSAccountId"));
        }
    }
}
