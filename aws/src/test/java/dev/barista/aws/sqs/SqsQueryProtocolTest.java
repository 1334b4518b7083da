package dev.barista.aws.sqs;

import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SQS's awsQuery wire shapes, as the SDK for Java v1 and the AWS CLI v1 send and read them. */
class SqsQueryProtocolTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String NAMESPACE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final SqsFixture fixture = new SqsFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void createQueueReadsFlattenedAttributesAndTags() {
        HttpResponse response = post("/", "Action=CreateQueue&QueueName=orders&Attribute.1.Name=VisibilityTimeout"
                + "&Attribute.1.Value=45&Tag.1.Key=team&Tag.1.Value=a");

        assertThat(TestRequests.text(response)).isEqualTo(NAMESPACE + "<CreateQueueResponse"
                + " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><CreateQueueResult><QueueUrl>"
                + "http://localhost:4566/123456789012/orders</QueueUrl></CreateQueueResult><ResponseMetadata>"
                + "<RequestId>request-1</RequestId></ResponseMetadata></CreateQueueResponse>");
        assertThat(fixture.queues.getQueueAttributes("orders", java.util.List.of("VisibilityTimeout")))
                .containsEntry("VisibilityTimeout", "45");
        assertThat(fixture.queues.listQueueTags("orders")).containsEntry("team", "a");
    }

    @Test
    void theQueueUrlIsReadFromThePathWhenTheParameterIsAbsent() {
        post("/", "Action=CreateQueue&QueueName=orders");

        HttpResponse sent = post("/123456789012/orders", "Action=SendMessage&MessageBody=hello"
                + "&MessageAttribute.1.Name=color&MessageAttribute.1.Value.DataType=String"
                + "&MessageAttribute.1.Value.StringValue=blue");
        HttpResponse received = post("/123456789012/orders", "Action=ReceiveMessage&AttributeName.1=All"
                + "&MessageAttributeName.1=All");

        assertThat(TestRequests.text(sent)).contains("<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592"
                + "</MD5OfMessageBody>").contains("<MD5OfMessageAttributes>");
        assertThat(TestRequests.text(received)).contains("<Message><MessageId>").contains("<Body>hello</Body>")
                .contains("<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>")
                .contains("<MessageAttribute><Name>color</Name><Value><StringValue>blue</StringValue>"
                        + "<DataType>String</DataType></Value></MessageAttribute>");
    }

    @Test
    void batchEntriesAreReadAndAnsweredPerEntry() {
        post("/", "Action=CreateQueue&QueueName=orders");

        HttpResponse response = post("/123456789012/orders", "Action=SendMessageBatch"
                + "&SendMessageBatchRequestEntry.1.Id=a&SendMessageBatchRequestEntry.1.MessageBody=one"
                + "&SendMessageBatchRequestEntry.2.Id=b&SendMessageBatchRequestEntry.2.MessageBody=");

        assertThat(TestRequests.text(response)).contains("<SendMessageBatchResultEntry><Id>a</Id><MessageId>")
                .contains("<BatchResultErrorEntry><Id>b</Id><SenderFault>true</SenderFault><Code>MissingParameter"
                        + "</Code><Message>The request must contain the parameter MessageBody.</Message>"
                        + "</BatchResultErrorEntry>");
    }

    @Test
    void errorsCarryTheQueryCode() {
        HttpResponse response = post("/123456789012/missing", "Action=GetQueueAttributes&AttributeName.1=All");

        assertThat(response.status()).isEqualTo(400);
        assertThat(TestRequests.text(response)).isEqualTo(NAMESPACE + "<ErrorResponse"
                + " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist."
                + "</Message><Detail/></Error><RequestId>request-1</RequestId></ErrorResponse>");
    }

    @Test
    void anUnknownActionIsInvalid() {
        HttpResponse response = post("/", "Action=Fly");

        assertThat(response.status()).isEqualTo(400);
        assertThat(TestRequests.text(response)).contains("<Code>InvalidAction</Code>");
    }

    @Test
    void addPermissionReadsFlattenedAccountsAndActions() {
        post("/", "Action=CreateQueue&QueueName=orders");

        HttpResponse response = post("/123456789012/orders", "Action=AddPermission&Label=both"
                + "&AWSAccountId.1=111111111111&AWSAccountId.2=222222222222&ActionName.1=SendMessage");

        assertThat(response.status()).isEqualTo(200);
        assertThat(fixture.queues.getQueueAttributes("orders", java.util.List.of("Policy")).get("Policy"))
                .contains("\"AWS\":[\"arn:aws:iam::111111111111:root\",\"arn:aws:iam::222222222222:root\"]");
    }

    private HttpResponse post(String path, String form) {
        return fixture.gateway.handle(request("POST", path, form, "Content-Type", FORM));
    }
}
