package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * {@code POST /2018-06-01/runtime/invocation/{AwsRequestId}/error}: the function failed; the environment stays.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-invokeerror">Invocation error</a>
 */
final class InvocationErrorHandler {
    private final RuntimeChannel channel;

    InvocationErrorHandler(RuntimeChannel channel) {
        this.channel = channel;
    }

    void handle(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        ApiResponses.render(exchange, channel.fail(requestId, body, ErrorTypes.of(exchange, body)));
    }
}
