package dev.barista.runtime.api;

import static dev.barista.runtime.api.RuntimeChannelTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime API over HTTP, as the official clients call it. */
class RuntimeApiServerTest {
    private final RuntimeChannel channel = new RuntimeChannel();
    private final RuntimeApiServer server = RuntimeApiServer.start(channel);

    /** An HTTP answer. */
    record Reply(int status, String contentType, Map<String, String> headers, String body) {
    }

    @AfterEach
    void close() {
        server.close();
    }

    private Reply call(String method, String path, String body, Map<String, String> headers) {
        try {
            var connection = (HttpURLConnection) URI.create("http://" + server.address() + path).toURL()
                    .openConnection();
            connection.setRequestMethod(method);
            headers.forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> replyHeaders = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                connection.getHeaderFields().forEach((name, values) -> {
                    if (name != null) {
                        replyHeaders.put(name, values.getFirst());
                    }
                });
                return new Reply(status, connection.getContentType(), replyHeaders, text);
            }
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private CompletableFuture<Reply> nextEvent() {
        return CompletableFuture.supplyAsync(() -> call("GET", "/2018-06-01/runtime/invocation/next", null, Map.of()));
    }

    private Invocation running(InvocationPayload payload) {
        CompletableFuture<Reply> next = nextEvent();
        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isInstanceOf(InitOutcome.Ready.class);
        Invocation invocation = channel.submit(payload);
        assertThat(next.join().status()).isEqualTo(200);
        return invocation;
    }

    @Test
    void listensOnLoopback() {
        assertThat(server.address()).startsWith("127.0.0.1:");
    }

    @Test
    void nextAnswersTheEventWithItsContextInHeaders() {
        CompletableFuture<Reply> next = nextEvent();
        channel.awaitInit(Duration.ofSeconds(5));
        Instant deadline = Instant.parse("2030-01-01T00:00:03.250Z");
        channel.submit(new InvocationPayload("request-1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "arn:aws:lambda:us-east-1:000000000000:function:f", deadline, "Root=1-abc", "{\"custom\":{}}",
                "{\"cognitoIdentityId\":\"id\"}"));

        Reply reply = next.join();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"a\":1}");
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.headers()).containsEntry("Lambda-Runtime-Aws-Request-Id", "request-1")
                .containsEntry("Lambda-Runtime-Deadline-Ms", Long.toString(deadline.toEpochMilli()))
                .containsEntry("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:f")
                .containsEntry("Lambda-Runtime-Trace-Id", "Root=1-abc")
                .containsEntry("Lambda-Runtime-Client-Context", "{\"custom\":{}}")
                .containsEntry("Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"id\"}");
    }

    @Test
    void nextLeavesOutTheOptionalHeadersWhenAbsent() {
        running(payload("request-1"));
        channel.respond("request-1", new byte[0]);
        CompletableFuture<Reply> next = nextEvent();
        channel.submit(payload("request-2"));

        assertThat(next.join().headers()).doesNotContainKeys("Lambda-Runtime-Client-Context",
                "Lambda-Runtime-Cognito-Identity");
    }

    @Test
    void aResponseIsAcceptedAndCompletesTheInvocation() {
        Invocation invocation = running(payload("request-1"));

        Reply reply = call("POST", "/2018-06-01/runtime/invocation/request-1/response", "\"done\"", Map.of());

        assertThat(reply).isEqualTo(new Reply(202, "application/json", reply.headers(), "{\"status\":\"OK\"}"));
        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(success.payload()).asString().isEqualTo("\"done\""));
    }

    @Test
    void anErrorTakesItsTypeFromTheHeader() {
        Invocation invocation = running(payload("request-1"));

        Reply reply = call("POST", "/2018-06-01/runtime/invocation/request-1/error",
                "{\"errorType\":\"java.lang.RuntimeException\"}",
                Map.of("Lambda-Runtime-Function-Error-Type", "Runtime.UserException"));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class,
                error -> assertThat(error.errorType()).isEqualTo("Runtime.UserException"));
    }

    @Test
    void anErrorWithoutTheHeaderTakesItsTypeFromTheDocument() {
        Invocation invocation = running(payload("request-1"));

        call("POST", "/2018-06-01/runtime/invocation/request-1/error",
                "{\"errorMessage\":\"x\",\"trace\":[],\"errorType\":\"TypeError\"}", Map.of());

        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class,
                error -> assertThat(error.errorType()).isEqualTo("TypeError"));
    }

    @Test
    void anUnknownRequestIdIsABadRequestInJson() {
        running(payload("request-1"));

        Reply reply = call("POST", "/2018-06-01/runtime/invocation/other/response", "{}", Map.of());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.body()).isEqualTo("{\"errorType\":\"InvalidRequestID\",\"errorMessage\":\"Invalid request ID\"}");
    }

    @Test
    void anInitErrorIsAcceptedAndFailsTheInit() {
        Reply reply = call("POST", "/2018-06-01/runtime/init/error", "{\"errorType\":\"Runtime.ImportModuleError\"}",
                Map.of("Lambda-Runtime-Function-Error-Type", "Runtime.ImportModuleError"));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isInstanceOfSatisfying(InitOutcome.Failed.class,
                failed -> assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError"));
    }

    @Test
    void anInitErrorAfterReadinessIsForbidden() {
        running(payload("request-1"));

        Reply reply = call("POST", "/2018-06-01/runtime/init/error", "{}", Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("InvalidStateTransition");
    }

    @Test
    void unknownEndpointsAndMethodsAreAnsweredInJson() {
        Reply missing = call("GET", "/2018-06-01/runtime/nothing", null, Map.of());
        Reply wrongMethod = call("POST", "/2018-06-01/runtime/invocation/next", "{}", Map.of());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).isEqualTo("application/json");
    }
}
