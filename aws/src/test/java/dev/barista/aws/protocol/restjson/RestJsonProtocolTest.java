package dev.barista.aws.protocol.restjson;

import static dev.barista.aws.TestRequests.json;
import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
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

class RestJsonProtocolTest {
    private final AwsGateway gateway = AwsGateway.builder().restJson(new ThingService())
            .requestIds(() -> "request-1").build();

    record Thing(@JsonProperty("Name") String name, @JsonProperty("Size") Integer size) {
    }

    /** A restJson service of things, to exercise the protocol without Lambda. */
    static final class ThingService implements RestJsonService {
        @Override
        public String name() {
            return "Things";
        }

        @Override
        public List<RestJsonRoute> routes() {
            return List.of(
                    route("GetThing", "GET", "/2099-01-01/things/{Name}",
                            request -> RestJsonResponse.ok(new Thing(request.label("Name"), null))),
                    route("CreateThing", "POST", "/2099-01-01/things",
                            request -> RestJsonResponse.created(request.body(Thing.class))),
                    new RestJsonRoute("PutBlob", "PUT", PathTemplate.parse("/2099-01-01/blobs"),
                            new BodyLimit(4, "PutBlob"), request -> RestJsonResponse.noContent()),
                    route("ThrottleThing", "POST", "/2099-01-01/things/{Name}/throttle", request -> {
                        throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, "Slow down.", "TooFast");
                    }),
                    route("BreakThing", "POST", "/2099-01-01/things/{Name}/break", request -> {
                        throw new IllegalStateException("internal detail");
                    }),
                    route("CountThings", "GET", "/2099-01-01/counts",
                            request -> RestJsonResponse.ok(Map.of("Count", request.queryInteger("Max", "max")))));
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }

        private static RestJsonRoute route(String name, String method, String path, RestJsonOperation operation) {
            return new RestJsonRoute(name, method, PathTemplate.parse(path), null, operation);
        }
    }

    @Test
    void routesByMethodAndPathAndAnswersJsonWithTheRequestId() {
        HttpResponse response = gateway.handle(request("GET", "/2099-01-01/things/a%20b", null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(TestRequests.json("{\"Name\":\"a b\"}"));
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("request-1");
    }

    @Test
    void bindsTheBodyToTheOperationsInput() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/things", "{\"Name\":\"n\",\"Size\":3}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(json(response)).isEqualTo(TestRequests.json("{\"Name\":\"n\",\"Size\":3}"));
    }

    @Test
    void aMalformedBodyIsInvalidRequestContentInTheServicesTable() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/things", "{\"Name\":"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("Invalid");
        assertThat(json(response).get("message").asText()).startsWith("Could not parse request body into json: ");
    }

    @Test
    void aBodyOverTheRoutesLimitIsRefusedBeforeTheOperationRuns() {
        HttpResponse response = gateway.handle(request("PUT", "/2099-01-01/blobs", "12345"));

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("message").asText())
                .isEqualTo("Request must be smaller than 4 bytes for the PutBlob operation");
        assertThat(gateway.handle(request("PUT", "/2099-01-01/blobs", "1234")).status()).isEqualTo(204);
    }

    @Test
    void anErrorIsTheTypedEnvelopeWithItsReason() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/things/a/throttle", null));

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("Throttled");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("request-1");
        assertThat(json(response)).isEqualTo(TestRequests.json(
                "{\"Type\":\"User\",\"message\":\"Slow down.\",\"Reason\":\"TooFast\"}"));
    }

    @Test
    void anUnexpectedExceptionIsTheServicesFailureWithoutItsDetails() {
        HttpResponse response = gateway.handle(request("POST", "/2099-01-01/things/a/break", null));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InternalFailure");
        assertThat(json(response).get("Type").asText()).isEqualTo("Service");
        assertThat(TestRequests.text(response)).doesNotContain("internal detail");
    }

    @Test
    void aQueryIntegerThatIsNotANumberIsAValidationError() {
        assertThat(json(gateway.handle(request("GET", "/2099-01-01/counts?Max=7", null))).get("Count").asInt())
                .isEqualTo(7);
        assertThat(gateway.handle(request("GET", "/2099-01-01/counts?Max=seven", null)).status()).isEqualTo(400);
    }

    @Test
    void aPathUnderTheServicesPrefixWithoutOperationIsUnknown() {
        HttpResponse response = gateway.handle(request("DELETE", "/2099-01-01/things/a", null));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
        assertThat(json(response).get("message").asText())
                .isEqualTo("No Things operation matches DELETE /2099-01-01/things/a.");
    }
}
