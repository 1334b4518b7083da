package dev.barista.aws;

import static dev.barista.aws.TestRequests.json;
import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.TestErrors;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.awsjson.AwsJsonService;
import dev.barista.aws.protocol.awsjson.AwsJsonVersion;
import dev.barista.aws.protocol.query.AwsQueryOperation;
import dev.barista.aws.protocol.query.AwsQueryService;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.aws.protocol.restjson.PathTemplate;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.aws.protocol.restjson.RestJsonRoute;
import dev.barista.aws.protocol.restjson.RestJsonService;
import dev.barista.core.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsGatewayTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final AwsGateway gateway = builder().build();

    @Test
    void aTargetHeaderIsAwsJsonWhateverThePath() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/ping", "{}", "X-Amz-Target", "Json.Ping"));

        assertThat(TestRequests.text(response)).isEqualTo("{\"Protocol\":\"awsJson\"}");
    }

    @Test
    void aPathOwnedByARestJsonServiceIsRestJson() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/ping", "Action=Ping",
                "Content-Type", FORM));

        assertThat(TestRequests.text(response)).isEqualTo("{\"Protocol\":\"restJson\"}");
    }

    @Test
    void aFormPostElsewhereIsAwsQuery() {
        HttpResponse response = gateway.handle(request("POST", "/", "Action=Ping", "Content-Type", FORM));

        assertThat(TestRequests.text(response)).contains("<Protocol>awsQuery</Protocol>");
    }

    @Test
    void aRequestNoProtocolAcceptsIsAnUnknownOperation() {
        HttpResponse response = gateway.handle(request("GET", "/favicon.ico", null));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
        assertThat(json(response).get("message").asText())
                .isEqualTo("No AWS API of Barista answers GET /favicon.ico.");
    }

    @Test
    void aRefusedSignatureIsA403InTheEnvelopeOfTheRequestsProtocol() {
        AwsGateway refusing = builder().signatureVerifier((request, authorization) ->
                new Verification.Rejected("InvalidSignatureException", "Signature expired")).build();

        HttpResponse restJson = refusing.handle(request("POST", "/2099-01-01/ping", null));
        HttpResponse awsJson = refusing.handle(request("POST", "/", "{}", "X-Amz-Target", "Json.Ping"));
        HttpResponse awsQuery = refusing.handle(request("POST", "/", "Action=Ping", "Content-Type", FORM));

        assertThat(restJson.status()).isEqualTo(403);
        assertThat(json(restJson).get("message").asText()).isEqualTo("Signature expired");
        assertThat(awsJson.status()).isEqualTo(403);
        assertThat(json(awsJson).get("__type").asText()).isEqualTo("InvalidSignatureException");
        assertThat(awsJson.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(awsQuery.status()).isEqualTo(403);
        assertThat(TestRequests.text(awsQuery)).contains("<Code>InvalidSignatureException</Code>");
    }

    @Test
    void theVerifierSeesTheParsedAuthorization() {
        String[] service = new String[1];
        AwsGateway recording = builder().signatureVerifier((request, authorization) -> {
            service[0] = authorization.credential().service();
            return new Verification.Accepted();
        }).build();

        recording.handle(request("POST", "/2099-01-01/ping", null, "Authorization", "AWS4-HMAC-SHA256"
                + " Credential=K/20240101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0"));

        assertThat(service[0]).isEqualTo("lambda");
    }

    @Test
    void twoRestJsonServicesMayNotOwnTheSamePrefix() {
        AwsGateway.Builder twice = builder().restJson(new PingRestJson());

        assertThatThrownBy(twice::build)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/2099-01-01");
    }

    private static AwsGateway.Builder builder() {
        return AwsGateway.builder().restJson(new PingRestJson()).awsJson(new PingAwsJson())
                .awsQuery(new PingQuery()).requestIds(() -> "request-1");
    }

    private static final class PingRestJson implements RestJsonService {
        @Override
        public String name() {
            return "PingRest";
        }

        @Override
        public List<RestJsonRoute> routes() {
            return List.of(new RestJsonRoute("Ping", "POST", PathTemplate.parse("/2099-01-01/ping"), null,
                    request -> RestJsonResponse.ok(Map.of("Protocol", "restJson"))));
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }
    }

    private static final class PingAwsJson implements AwsJsonService {
        @Override
        public String name() {
            return "PingJson";
        }

        @Override
        public String targetPrefix() {
            return "Json";
        }

        @Override
        public AwsJsonVersion version() {
            return AwsJsonVersion.V1_1;
        }

        @Override
        public Map<String, AwsJsonOperation<?>> operations() {
            return Map.of("Ping", AwsJsonOperation.of(Map.class, (input, context) -> Map.of("Protocol", "awsJson")));
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }
    }

    private static final class PingQuery implements AwsQueryService {
        @Override
        public String name() {
            return "PingQuery";
        }

        @Override
        public String signingName() {
            return "ping";
        }

        @Override
        public String xmlNamespace() {
            return "urn:ping";
        }

        @Override
        public Map<String, AwsQueryOperation> operations() {
            return Map.of("Ping", (parameters, context) ->
                    List.of(XmlElement.text("Protocol", "awsQuery")));
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }
    }
}
