package dev.barista.aws.protocol.query;

import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.TestErrors;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsQueryProtocolTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    private final AwsGateway gateway = AwsGateway.builder()
            .awsQuery(new QueryService("Queues", "sqs", "http://queue.amazonaws.com/doc/2012-11-05/"))
            .awsQuery(new QueryService("Topics", "sns", "http://sns.amazonaws.com/doc/2010-03-31/"))
            .requestIds(() -> "request-1").build();

    /** An awsQuery service, to exercise the protocol; both instances know the same actions. */
    record QueryService(String name, String signingName, String xmlNamespace) implements AwsQueryService {
        @Override
        public Map<String, AwsQueryOperation> operations() {
            return Map.of(
                    "Echo", (parameters, context) -> List.of(XmlElement.text("Service", name),
                            XmlElement.of("Message", XmlElement.text("Body", parameters.first("MessageBody")))),
                    "Delete", (parameters, context) -> List.of(),
                    "Fail", (parameters, context) -> {
                        throw BaristaException.invalidParameter("Value <bad> & more");
                    });
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }
    }

    @Test
    void theActionRunsAndItsResultIsWrappedInTheResponseDocument() {
        HttpResponse response = gateway.handle(request("POST", "/", "Action=Echo&MessageBody=a+%26+b",
                "Content-Type", FORM));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).isEqualTo("text/xml");
        assertThat(TestRequests.text(response)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<EchoResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><EchoResult>"
                + "<Service>Queues</Service><Message><Body>a &amp; b</Body></Message></EchoResult>"
                + "<ResponseMetadata><RequestId>request-1</RequestId></ResponseMetadata></EchoResponse>");
    }

    @Test
    void anActionWithoutResultAnswersOnlyTheMetadata() {
        HttpResponse response = gateway.handle(request("GET", "/?Action=Delete", null));

        assertThat(TestRequests.text(response)).contains("<DeleteResponse").doesNotContain("DeleteResult");
    }

    @Test
    void theSigningServiceChoosesBetweenServicesThatKnowTheAction() {
        HttpResponse response = gateway.handle(request("POST", "/", "Action=Echo&MessageBody=x", "Content-Type", FORM,
                "Authorization", "AWS4-HMAC-SHA256 Credential=K/20240101/us-east-1/sns/aws4_request, "
                        + "SignedHeaders=host, Signature=0"));

        assertThat(TestRequests.text(response)).contains("<Service>Topics</Service>");
    }

    @Test
    void anErrorIsAnErrorResponseDocumentWithEscapedText() {
        HttpResponse response = gateway.handle(request("POST", "/", "Action=Fail", "Content-Type", FORM));

        assertThat(response.status()).isEqualTo(400);
        assertThat(TestRequests.text(response)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error><Type>Sender</Type>"
                + "<Code>Invalid</Code><Message>Value &lt;bad&gt; &amp; more</Message><Detail/></Error>"
                + "<RequestId>request-1</RequestId></ErrorResponse>");
    }

    @Test
    void aMissingOrUnknownActionIsRefused() {
        HttpResponse missing = gateway.handle(request("POST", "/", "Version=2012-11-05", "Content-Type", FORM));
        HttpResponse unknown = gateway.handle(request("POST", "/", "Action=Fly", "Content-Type", FORM));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(TestRequests.text(missing)).contains("<Code>MissingAction</Code>");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(TestRequests.text(unknown)).contains("<Code>InvalidAction</Code>")
                .contains("The action Fly is not valid for this endpoint.");
    }
}
