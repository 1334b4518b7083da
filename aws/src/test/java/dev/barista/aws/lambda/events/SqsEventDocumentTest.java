package dev.barista.aws.lambda.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.barista.core.queue.MessageAttributeValue;
import dev.barista.core.queue.ReceivedMessage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQS event a batch is delivered in, against a golden document and the official {@code SQSEvent} class. */
class SqsEventDocumentTest {
    private static final String QUEUE = "arn:aws:sqs:us-east-2:123456789012:my-queue";
    private final JacksonSqsEventCodec codec = new JacksonSqsEventCodec();

    static ReceivedMessage plain() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
        attributes.put("ApproximateFirstReceiveTimestamp", "1545082649185");
        attributes.put("ApproximateReceiveCount", "1");
        attributes.put("SentTimestamp", "1545082649183");
        return new ReceivedMessage("059f36b4-87a3-44ab-83d2-661975830a7d", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
                "Test message.", "e4e68fb7bd0e697a0ae8f1bb342846b3", null, attributes, Map.of());
    }

    static ReceivedMessage withAttributes() {
        return new ReceivedMessage("2e1424d4-f796-459a-8184-9c92662be6da", "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...",
                "{\"order\":42}", "2d3b2c0a3d1e2f1c5a6b7c8d9e0f1a2b", "582c92c5c5b6ac403040a4f3ab3115c9",
                Map.of("ApproximateReceiveCount", "2", "SentTimestamp", "1545082650636", "SenderId",
                        "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp", "1545082650649",
                        "AWSTraceHeader", "Root=1-5e1b4151-43a0913a12345678901234567"),
                Map.of("tenant", MessageAttributeValue.string("acme"),
                        "checksum", new MessageAttributeValue("Binary", null, new byte[] {1, 2, 3}),
                        "priority", new MessageAttributeValue("Number", "5", null)));
    }

    @Test
    void theEventIsLambdasSqsEventRecordForRecord() {
        String event = new String(codec.event(List.of(plain(), withAttributes()), QUEUE, "us-east-2"),
                StandardCharsets.UTF_8);

        assertThat(event).isEqualTo("{\"Records\":["
                + "{\"messageId\":\"059f36b4-87a3-44ab-83d2-661975830a7d\","
                + "\"receiptHandle\":\"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...\","
                + "\"body\":\"Test message.\","
                + "\"attributes\":{\"ApproximateReceiveCount\":\"1\",\"SentTimestamp\":\"1545082649183\","
                + "\"SenderId\":\"AIDAIENQZJOLO23YVJ4VO\",\"ApproximateFirstReceiveTimestamp\":\"1545082649185\"},"
                + "\"messageAttributes\":{},"
                + "\"md5OfBody\":\"e4e68fb7bd0e697a0ae8f1bb342846b3\","
                + "\"eventSource\":\"aws:sqs\","
                + "\"eventSourceARN\":\"arn:aws:sqs:us-east-2:123456789012:my-queue\","
                + "\"awsRegion\":\"us-east-2\"},"
                + "{\"messageId\":\"2e1424d4-f796-459a-8184-9c92662be6da\","
                + "\"receiptHandle\":\"AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...\","
                + "\"body\":\"{\\\"order\\\":42}\","
                + "\"attributes\":{\"ApproximateReceiveCount\":\"2\",\"SentTimestamp\":\"1545082650636\","
                + "\"SenderId\":\"AIDAIENQZJOLO23YVJ4VO\",\"ApproximateFirstReceiveTimestamp\":\"1545082650649\","
                + "\"AWSTraceHeader\":\"Root=1-5e1b4151-43a0913a12345678901234567\"},"
                + "\"messageAttributes\":{"
                + "\"checksum\":{\"binaryValue\":\"AQID\",\"stringListValues\":[],\"binaryListValues\":[],"
                + "\"dataType\":\"Binary\"},"
                + "\"priority\":{\"stringValue\":\"5\",\"stringListValues\":[],\"binaryListValues\":[],"
                + "\"dataType\":\"Number\"},"
                + "\"tenant\":{\"stringValue\":\"acme\",\"stringListValues\":[],\"binaryListValues\":[],"
                + "\"dataType\":\"String\"}},"
                + "\"md5OfMessageAttributes\":\"582c92c5c5b6ac403040a4f3ab3115c9\","
                + "\"md5OfBody\":\"2d3b2c0a3d1e2f1c5a6b7c8d9e0f1a2b\","
                + "\"eventSource\":\"aws:sqs\","
                + "\"eventSourceARN\":\"arn:aws:sqs:us-east-2:123456789012:my-queue\","
                + "\"awsRegion\":\"us-east-2\"}]}");
    }

    @Test
    void theOfficialSqsEventClassReadsEveryMember() {
        byte[] event = codec.event(List.of(withAttributes()), QUEUE, "us-east-2");

        SQSEvent read = LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader())
                .fromJson(new ByteArrayInputStream(event));

        SQSEvent.SQSMessage message = read.getRecords().getFirst();
        assertThat(message.getMessageId()).isEqualTo("2e1424d4-f796-459a-8184-9c92662be6da");
        assertThat(message.getReceiptHandle()).isEqualTo("AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...");
        assertThat(message.getBody()).isEqualTo("{\"order\":42}");
        assertThat(message.getMd5OfBody()).isEqualTo("2d3b2c0a3d1e2f1c5a6b7c8d9e0f1a2b");
        assertThat(message.getMd5OfMessageAttributes()).isEqualTo("582c92c5c5b6ac403040a4f3ab3115c9");
        assertThat(message.getEventSource()).isEqualTo("aws:sqs");
        assertThat(message.getEventSourceArn()).isEqualTo(QUEUE);
        assertThat(message.getAwsRegion()).isEqualTo("us-east-2");
        assertThat(message.getAttributes()).containsEntry("ApproximateReceiveCount", "2")
                .containsEntry("SenderId", "AIDAIENQZJOLO23YVJ4VO");
        assertThat(message.getMessageAttributes().get("tenant").getStringValue()).isEqualTo("acme");
        assertThat(message.getMessageAttributes().get("tenant").getDataType()).isEqualTo("String");
        assertThat(message.getMessageAttributes().get("checksum").getBinaryValue())
                .isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(message.getMessageAttributes().get("priority").getStringListValues()).isEmpty();
    }

    @Test
    void fifoAttributesFollowLambdasOrder() {
        Map<String, String> attributes = Map.of("ApproximateReceiveCount", "1", "SentTimestamp", "1573251510774",
                "SequenceNumber", "18849496460467696128", "MessageGroupId", "1", "SenderId", "AIDAIO23YVJENQZJOL4VO",
                "MessageDeduplicationId", "1", "ApproximateFirstReceiveTimestamp", "1573251510774");
        ReceivedMessage message = new ReceivedMessage("11d6ee51-4cc7-4302-9e22-7cd8afdaadf5", "AQEBBX8nesZEXmkhsmZe",
                "Test message.", "e4e68fb7bd0e697a0ae8f1bb342846b3", null, attributes, Map.of());

        String event = new String(codec.event(List.of(message), QUEUE + ".fifo", "us-east-2"),
                StandardCharsets.UTF_8);

        assertThat(event).contains("\"attributes\":{\"ApproximateReceiveCount\":\"1\",\"SentTimestamp\":"
                + "\"1573251510774\",\"SequenceNumber\":\"18849496460467696128\",\"MessageGroupId\":\"1\","
                + "\"SenderId\":\"AIDAIO23YVJENQZJOL4VO\",\"MessageDeduplicationId\":\"1\","
                + "\"ApproximateFirstReceiveTimestamp\":\"1573251510774\"}");
    }
}
