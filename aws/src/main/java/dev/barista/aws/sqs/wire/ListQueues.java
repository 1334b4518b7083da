package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.List;

/** ListQueues and ListDeadLetterSourceQueues: a page of queue URLs. */
public final class ListQueues {
    private ListQueues() {
    }

    public record Input(@JsonProperty("QueueNamePrefix") String queueNamePrefix,
                        @JsonProperty("NextToken") String nextToken,
                        @JsonProperty("MaxResults") Integer maxResults) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.string("QueueNamePrefix"), input.string("NextToken"), input.integer("MaxResults"));
        }
    }

    /** @param queueUrls null when there are none, as SQS leaves the member out */
    public record Output(@JsonProperty("QueueUrls") List<String> queueUrls,
                         @JsonProperty("NextToken") String nextToken) {

        public List<XmlElement> toXml() {
            return new QueryOutput().texts("QueueUrl", queueUrls).text("NextToken", nextToken).elements();
        }
    }

    public record SourcesInput(@JsonProperty("QueueUrl") String queueUrl,
                               @JsonProperty("NextToken") String nextToken,
                               @JsonProperty("MaxResults") Integer maxResults) {

        public static SourcesInput fromQuery(QueryInput input) {
            return new SourcesInput(input.queueUrl(), input.string("NextToken"), input.integer("MaxResults"));
        }
    }

    /** ListDeadLetterSourceQueues' output: JSON names the list {@code queueUrls}, in lower case, as SQS does. */
    public record SourcesOutput(@JsonProperty("queueUrls") List<String> queueUrls,
                                @JsonProperty("NextToken") String nextToken) {

        public List<XmlElement> toXml() {
            return new QueryOutput().texts("QueueUrl", queueUrls).text("NextToken", nextToken).elements();
        }
    }
}
