package dev.barista.runtime.api;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.barista.core.environment.InvocationPayload;
import java.io.IOException;

/**
 * {@code GET /2018-06-01/runtime/invocation/next}: a long poll that answers the next event with its context
 * in headers. The first call tells the platform that initialisation is over.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-next">Next invocation</a>
 */
final class NextInvocationHandler {
    private final RuntimeChannel channel;

    NextInvocationHandler(RuntimeChannel channel) {
        this.channel = channel;
    }

    void handle(HttpExchange exchange) throws IOException, InterruptedException {
        switch (channel.nextEvent()) {
            case NextEvent.Event event -> sendEvent(exchange, event.payload());
            case NextEvent.Refused refused -> ApiResponses.render(exchange, refused.answer());
        }
    }

    private static void sendEvent(HttpExchange exchange, InvocationPayload payload) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", payload.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(payload.deadline().toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", payload.invokedFunctionArn());
        setIfPresent(headers, "Lambda-Runtime-Trace-Id", payload.traceId());
        setIfPresent(headers, "Lambda-Runtime-Client-Context", payload.clientContext());
        setIfPresent(headers, "Lambda-Runtime-Cognito-Identity", payload.cognitoIdentity());
        ApiResponses.send(exchange, 200, payload.body());
    }

    private static void setIfPresent(Headers headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.set(name, value);
        }
    }
}
