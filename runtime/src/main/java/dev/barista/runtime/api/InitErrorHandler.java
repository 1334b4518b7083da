package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * {@code POST /2018-06-01/runtime/init/error}: the runtime could not initialise (no handler, import error).
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-initerror">Initialization error</a>
 */
final class InitErrorHandler {
    private final RuntimeChannel channel;

    InitErrorHandler(RuntimeChannel channel) {
        this.channel = channel;
    }

    void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        ApiResponses.render(exchange, channel.failInit(body, ErrorTypes.of(exchange, body)));
    }
}
