package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Routes the four Runtime API endpoints to their handlers; anything else is answered 404 or 405 in JSON. */
final class RuntimeApiRouter implements HttpHandler {
    static final String PREFIX = "/2018-06-01/runtime/";
    private static final String INVOCATION = "invocation/";

    private final NextInvocationHandler next;
    private final InvocationResponseHandler response;
    private final InvocationErrorHandler error;
    private final InitErrorHandler initError;

    RuntimeApiRouter(RuntimeChannel channel) {
        this.next = new NextInvocationHandler(channel);
        this.response = new InvocationResponseHandler(channel);
        this.error = new InvocationErrorHandler(channel);
        this.initError = new InitErrorHandler(channel);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, exchange.getRequestURI().getRawPath().substring(PREFIX.length()));
        } catch (InterruptedException interrupted) {
            // The server is closing: the connection goes with it.
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String route) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        if (route.equals("invocation/next")) {
            if (expect(exchange, method, "GET")) {
                next.handle(exchange);
            }
        } else if (route.equals("init/error")) {
            if (expect(exchange, method, "POST")) {
                initError.handle(exchange);
            }
        } else if (route.startsWith(INVOCATION) && route.indexOf('/', INVOCATION.length()) > INVOCATION.length()) {
            int slash = route.indexOf('/', INVOCATION.length());
            String requestId = route.substring(INVOCATION.length(), slash);
            switch (route.substring(slash + 1)) {
                case "response" -> {
                    if (expect(exchange, method, "POST")) {
                        response.handle(exchange, requestId);
                    }
                }
                case "error" -> {
                    if (expect(exchange, method, "POST")) {
                        error.handle(exchange, requestId);
                    }
                }
                default -> notFound(exchange);
            }
        } else {
            notFound(exchange);
        }
    }

    private static boolean expect(HttpExchange exchange, String method, String expected) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", expected);
        ApiResponses.error(exchange, 405, "MethodNotAllowed", method + " is not allowed here");
        return false;
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        ApiResponses.error(exchange, 404, "NotFound", "No such Runtime API endpoint");
    }
}
