package dev.barista.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.invoke.AttemptResponse;
import dev.barista.core.invoke.InvocationRecord;
import dev.barista.core.invoke.InvocationRecord.Condition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invocation record, byte for byte, against the examples of the Lambda developer guide. */
class JsonAsyncDocumentsTest {
    private static final String REQUEST_ID = "e4b46cbf-b738-xmpl-8880-a18cdf61200e";
    private static final String ARN = "arn:aws:lambda:us-east-2:123456789012:function:my-function:$LATEST";
    private static final Instant TIMESTAMP = Instant.parse("2019-11-14T18:16:05.568Z");

    private final JsonAsyncDocuments documents = new JsonAsyncDocuments();

    @Test
    void aRecordOfExhaustedRetriesIsTheGuidesExample() {
        InvocationRecord record = new InvocationRecord(TIMESTAMP, REQUEST_ID, ARN, Condition.RETRIES_EXHAUSTED, 3,
                bytes("{\"ORDER_IDS\":[\"9e07af03-ce31-4ff3-xmpl-36dce652cb4f\"]}"),
                new AttemptResponse(200, "$LATEST", "Unhandled", bytes("{\"errorMessage\":\"RequestId: " + REQUEST_ID
                        + " Process exited before completing request\"}"), null));

        assertThat(text(documents.invocationRecord(record))).isEqualTo("{\"version\":\"1.0\","
                + "\"timestamp\":\"2019-11-14T18:16:05.568Z\","
                + "\"requestContext\":{\"requestId\":\"" + REQUEST_ID + "\",\"functionArn\":\"" + ARN + "\","
                + "\"condition\":\"RetriesExhausted\",\"approximateInvokeCount\":3},"
                + "\"requestPayload\":{\"ORDER_IDS\":[\"9e07af03-ce31-4ff3-xmpl-36dce652cb4f\"]},"
                + "\"responseContext\":{\"statusCode\":200,\"executedVersion\":\"$LATEST\","
                + "\"functionError\":\"Unhandled\"},"
                + "\"responsePayload\":{\"errorMessage\":\"RequestId: " + REQUEST_ID
                + " Process exited before completing request\"}}");
    }

    @Test
    void aRecordOfSuccessHasNoFunctionError() {
        InvocationRecord record = new InvocationRecord(TIMESTAMP, REQUEST_ID, ARN.replace("$LATEST", "live"),
                Condition.SUCCESS, 1, bytes("{\"Success\":true}"),
                new AttemptResponse(200, "3", null, bytes("\"done\""), null));

        assertThat(text(documents.invocationRecord(record))).isEqualTo("{\"version\":\"1.0\","
                + "\"timestamp\":\"2019-11-14T18:16:05.568Z\","
                + "\"requestContext\":{\"requestId\":\"" + REQUEST_ID + "\",\"functionArn\":\""
                + ARN.replace("$LATEST", "live") + "\",\"condition\":\"Success\",\"approximateInvokeCount\":1},"
                + "\"requestPayload\":{\"Success\":true},"
                + "\"responseContext\":{\"statusCode\":200,\"executedVersion\":\"3\"},"
                + "\"responsePayload\":\"done\"}");
    }

    @Test
    void aThrottledEventThatAgedOutHasAResponseContextWithoutPayload() {
        InvocationRecord record = new InvocationRecord(TIMESTAMP, REQUEST_ID, ARN, Condition.EVENT_AGE_EXCEEDED, 9,
                bytes("[1,2]"), new AttemptResponse(429, "$LATEST", null, null, "Rate Exceeded."));

        assertThat(text(documents.invocationRecord(record))).endsWith("\"condition\":\"EventAgeExceeded\","
                + "\"approximateInvokeCount\":9},\"requestPayload\":[1,2],"
                + "\"responseContext\":{\"statusCode\":429,\"executedVersion\":\"$LATEST\"}}");
    }

    @Test
    void aResponseThatIsNotJsonIsEmbeddedAsAString() {
        InvocationRecord record = new InvocationRecord(TIMESTAMP, REQUEST_ID, ARN, Condition.SUCCESS, 1,
                bytes("{}"), new AttemptResponse(200, "$LATEST", null, bytes("plain \"text\""), null));

        assertThat(text(documents.invocationRecord(record))).endsWith("\"responsePayload\":\"plain \\\"text\\\"\"}");
    }

    @Test
    void theErrorMessageIsReadFromTheErrorDocument() {
        assertThat(documents.errorMessage(bytes("{\"errorMessage\":\"boom\",\"errorType\":\"ValueError\"}")))
                .isEqualTo("boom");
        assertThat(documents.errorMessage(bytes("not json"))).isEqualTo("not json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
