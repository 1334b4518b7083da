package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.List;

/** The output of CreateQueue and GetQueueUrl. */
public record QueueUrlOutput(@JsonProperty("QueueUrl") String queueUrl) {

    public List<XmlElement> toXml() {
        return new QueryOutput().text("QueueUrl", queueUrl).elements();
    }
}
