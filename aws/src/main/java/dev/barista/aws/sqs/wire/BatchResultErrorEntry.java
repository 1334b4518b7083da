package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;

/** A failed entry of a batch: its id, whose fault it is, and the error's code and message. */
public record BatchResultErrorEntry(@JsonProperty("Id") String id, @JsonProperty("SenderFault") boolean senderFault,
                                    @JsonProperty("Code") String code, @JsonProperty("Message") String message) {

    XmlElement toXml() {
        return new QueryOutput().text("Id", id).text("SenderFault", senderFault).text("Code", code)
                .text("Message", message).as("BatchResultErrorEntry");
    }
}
