package dev.barista.runtime.api;

import dev.barista.http.RequestHead;

/**
 * Routes the four Runtime API endpoints to the channel; anything else is answered 404 or 405 in JSON.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Runtime API</a>
 */
final class RuntimeApiRouter {
    static final String PREFIX = "/2018-06-01/runtime/";
    private static final String INVOCATION = "invocation/";

    private final RuntimeChannel channel;

    RuntimeApiRouter(RuntimeChannel channel) {
        this.channel = channel;
    }

    /** Answers one request through {@code connection}, now or (for a waiting {@code GET /next}) later. */
    void route(RequestHead request, byte[] body, RuntimeApiConnection connection) {
        String path = request.path();
        String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : null;
        boolean keepAlive = request.keepAlive();
        if ("invocation/next".equals(route)) {
            if (expect(request, "GET", connection)) {
                channel.nextEvent(connection.nextEventReply(keepAlive));
            }
        } else if ("init/error".equals(route)) {
            if (expect(request, "POST", connection)) {
                connection.send(ApiResponses.render(channel.failInit(body, ErrorTypes.of(request, body)), keepAlive),
                        keepAlive);
            }
        } else if (route != null && route.startsWith(INVOCATION)
                && route.indexOf('/', INVOCATION.length()) > INVOCATION.length()) {
            int slash = route.indexOf('/', INVOCATION.length());
            String requestId = route.substring(INVOCATION.length(), slash);
            switch (route.substring(slash + 1)) {
                case "response" -> {
                    if (expect(request, "POST", connection)) {
                        connection.send(ApiResponses.render(channel.respond(requestId, body), keepAlive), keepAlive);
                    }
                }
                case "error" -> {
                    if (expect(request, "POST", connection)) {
                        connection.send(ApiResponses.render(
                                channel.fail(requestId, body, ErrorTypes.of(request, body)), keepAlive), keepAlive);
                    }
                }
                default -> notFound(request, connection);
            }
        } else {
            notFound(request, connection);
        }
    }

    private static boolean expect(RequestHead request, String method, RuntimeApiConnection connection) {
        if (request.method().equals(method)) {
            return true;
        }
        connection.send(ApiResponses.error(405, "MethodNotAllowed", request.method() + " is not allowed here",
                request.keepAlive()), request.keepAlive());
        return false;
    }

    private static void notFound(RequestHead request, RuntimeApiConnection connection) {
        connection.send(ApiResponses.error(404, "NotFound", "No such Runtime API endpoint", request.keepAlive()),
                request.keepAlive());
    }
}
