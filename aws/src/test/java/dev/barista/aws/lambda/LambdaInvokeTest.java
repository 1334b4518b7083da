package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.invoke.InvocationType;
import dev.barista.core.invoke.InvokeResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LambdaInvokeTest {
    private static final String INVOKE = "/2015-03-31/functions/hello/invocations";

    private final LambdaFixture lambda = new LambdaFixture();

    @Test
    void invokePassesThePayloadThroughInBothDirectionsWithoutCopying() {
        HttpRequest request = TestRequests.request("POST", INVOKE, "{\"answer\":42}");

        HttpResponse response = lambda.gateway.handle(request);

        assertThat(response.status()).isEqualTo(200);
        assertThat(lambda.invoker.last().payload()).isSameAs(request.body());
        assertThat(response.body()).isSameAs(request.body());
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
        assertThat(response.headers().first("X-Amz-Executed-Version")).isEqualTo("$LATEST");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("invocation-1");
        assertThat(response.headers().contains("X-Amz-Function-Error")).isFalse();
        assertThat(lambda.invoker.last().type()).isEqualTo(InvocationType.REQUEST_RESPONSE);
        assertThat(lambda.invoker.last().functionNameOrArn()).isEqualTo("hello");
    }

    @Test
    void anEmptyPayloadIsAnEmptyObject() {
        lambda.send("POST", INVOKE, null);

        assertThat(new String(lambda.invoker.last().payload(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedBeforeInvoking() {
        HttpResponse response = lambda.send("POST", INVOKE, "hello world");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
        assertThat(json(response).get("message").asText()).startsWith(
                "Could not parse request body into json: Could not parse payload into json: Unrecognized token"
                        + " 'hello'");
        assertThat(lambda.invoker.requests).isEmpty();
    }

    @Test
    void contentAfterTheJsonValueIsRefused() {
        HttpResponse response = lambda.send("POST", INVOKE, "{} {}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
    }

    @Test
    void anyJsonValueIsAPayload() {
        assertThat(lambda.send("POST", INVOKE, "\"text\"").status()).isEqualTo(200);
        assertThat(lambda.send("POST", INVOKE, " [1, 2] ").status()).isEqualTo(200);
        assertThat(lambda.send("POST", INVOKE, "null").status()).isEqualTo(200);
    }

    @Test
    void aPayloadOverSixMegabytesIsRefusedBeforeItIsParsed() {
        byte[] tooLarge = new byte[6_291_457];
        Arrays.fill(tooLarge, (byte) 'x');

        HttpResponse response = lambda.gateway.handle(new HttpRequest("POST", INVOKE, "", HttpHeaders.empty(),
                tooLarge));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("RequestEntityTooLargeException");
        assertThat(json(response).get("message").asText())
                .isEqualTo("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
        assertThat(lambda.invoker.requests).isEmpty();
    }

    @Test
    void aPayloadOfExactlySixMegabytesIsAccepted() {
        byte[] largest = new byte[6_291_456];
        Arrays.fill(largest, (byte) 'x');
        largest[0] = '"';
        largest[largest.length - 1] = '"';

        HttpResponse response = lambda.gateway.handle(new HttpRequest("POST", INVOKE, "", HttpHeaders.empty(),
                largest));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void anEventOverOneMegabyteIsRefused() {
        byte[] payload = new byte[1_048_577];
        Arrays.fill(payload, (byte) ' ');
        payload[0] = '1';

        HttpResponse response = lambda.gateway.handle(new HttpRequest("POST", INVOKE, "",
                HttpHeaders.of("X-Amz-Invocation-Type", "Event"), payload));

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("message").asText())
                .isEqualTo("1048577 byte payload is too large for the Event invocation type (limit 1048576 bytes)");
    }

    @Test
    void anEventIsAccepted202WithoutABody() {
        lambda.invoker.answer = request -> new InvokeResult(202, new byte[0], null, null, null, "event-1");

        HttpResponse response = lambda.send("POST", INVOKE, "{}", "X-Amz-Invocation-Type", "Event");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("event-1");
        assertThat(lambda.invoker.last().type()).isEqualTo(InvocationType.EVENT);
    }

    @Test
    void aDryRunAnswers204() {
        lambda.invoker.answer = request -> new InvokeResult(204, new byte[0], null, null, null, "dry-1");

        HttpResponse response = lambda.send("POST", INVOKE, "{}", "X-Amz-Invocation-Type", "DryRun");

        assertThat(response.status()).isEqualTo(204);
        assertThat(lambda.invoker.last().type()).isEqualTo(InvocationType.DRY_RUN);
    }

    @Test
    void anUnknownInvocationTypeIsAValidationError() {
        HttpResponse response = lambda.send("POST", INVOKE, "{}", "X-Amz-Invocation-Type", "Later");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
        assertThat(json(response).get("message").asText()).isEqualTo("1 validation error detected: Value 'Later' at"
                + " 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event,"
                + " RequestResponse, DryRun]");
    }

    @Test
    void tailLogIsAskedForAndAnswered() {
        lambda.invoker.answer = request -> new InvokeResult(200, request.payload(), null, "1", "U1RBUlQ=", "i-1");

        HttpResponse response = lambda.send("POST", INVOKE + "?Qualifier=1", "{}", "X-Amz-Log-Type", "Tail");

        assertThat(lambda.invoker.last().tailLog()).isTrue();
        assertThat(lambda.invoker.last().qualifier()).isEqualTo("1");
        assertThat(response.headers().first("X-Amz-Log-Result")).isEqualTo("U1RBUlQ=");
        assertThat(response.headers().first("X-Amz-Executed-Version")).isEqualTo("1");
    }

    @Test
    void anUnknownLogTypeIsAValidationError() {
        HttpResponse response = lambda.send("POST", INVOKE, "{}", "X-Amz-Log-Type", "Head");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    }

    @Test
    void theClientContextIsDecodedFromBase64() {
        String context = "{\"custom\":{\"k\":\"v\"}}";

        lambda.send("POST", INVOKE, "{}", "X-Amz-Client-Context",
                Base64.getEncoder().encodeToString(context.getBytes(StandardCharsets.UTF_8)));

        assertThat(lambda.invoker.last().clientContext()).isEqualTo(context);
    }

    @Test
    void aClientContextThatIsNotBase64JsonIsRefused() {
        HttpResponse response = lambda.send("POST", INVOKE, "{}", "X-Amz-Client-Context", "not base64!");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
    }

    @Test
    void aFunctionErrorIsA200WithTheFunctionErrorHeader() {
        lambda.invoker.answer = request -> new InvokeResult(200,
                "{\"errorMessage\":\"boom\"}".getBytes(StandardCharsets.UTF_8), "Unhandled", "$LATEST", null, "i-2");

        HttpResponse response = lambda.send("POST", INVOKE, "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("X-Amz-Function-Error")).isEqualTo("Unhandled");
        assertThat(json(response).get("errorMessage").asText()).isEqualTo("boom");
    }

    @Test
    void aThrottleCarriesItsReason() {
        lambda.invoker.answer = request -> {
            throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, "Rate Exceeded.",
                    "ReservedFunctionConcurrentInvocationLimitExceeded");
        };

        HttpResponse response = lambda.send("POST", INVOKE, "{}");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("TooManyRequestsException");
        assertThat(json(response)).isEqualTo(TestRequests.json("""
                {"Type":"User","message":"Rate Exceeded.","Reason":"ReservedFunctionConcurrentInvocationLimitExceeded"}
                """));
    }

    @Test
    void anUnexpectedFailureIsAServiceExceptionWithoutDetails() {
        lambda.invoker.answer = request -> {
            throw new IllegalStateException("secret internals");
        };

        HttpResponse response = lambda.send("POST", INVOKE, "{}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ServiceException");
        assertThat(json(response).get("Type").asText()).isEqualTo("Service");
        assertThat(TestRequests.text(response)).doesNotContain("secret").contains("request-1");
    }

    @Test
    void aFunctionArnInThePathReachesTheInvokerDecoded() {
        lambda.send("POST", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Ahello"
                + "%3Alive/invocations", "{}");

        assertThat(lambda.invoker.last().functionNameOrArn())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:hello:live");
    }
}
