package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * {@code POST /2018-06-01/runtime/invocation/{AwsRequestId}/response}: the function's result.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-response">Invocation response</a>
 */
final class InvocationResponseHandler {
    private final RuntimeChannel channel;

    InvocationResponseHandler(RuntimeChannel channel) {
        this.channel = channel;
    }

    void handle(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        ApiResponses.render(exchange, channel.respond(requestId, body));
    }
}
