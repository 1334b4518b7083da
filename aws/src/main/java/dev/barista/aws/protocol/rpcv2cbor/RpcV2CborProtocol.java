package dev.barista.aws.protocol.rpcv2cbor;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.Failure;
import dev.barista.aws.protocol.Protocol;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.RequestContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * <a href="https://smithy.io/2.0/additional-specs/protocols/smithy-rpc-v2.html">Smithy RPC v2 CBOR</a>: a
 * {@code POST} with header {@code Smithy-Protocol: rpc-v2-cbor} to {@code [prefix]/service/<service>/operation/<op>}
 * (the service also by its absolute shape id, {@code #} written {@code .}); CBOR bodies. Answers carry
 * {@code Smithy-Protocol} and, with a body, {@code Content-Type: application/cbor}; an operation without output
 * answers 200 with no body. Errors are CBOR maps with {@code __type} (the error shape's absolute id) and
 * {@code message}. A request that also names an {@code X-Amz-Target} is refused, as the specification requires.
 * Thread-safe.
 */
public final class RpcV2CborProtocol implements Protocol {
    static final String PROTOCOL_HEADER = "Smithy-Protocol";
    static final String PROTOCOL = "rpc-v2-cbor";
    private static final String CONTENT_TYPE = "application/cbor";
    private static final String REQUEST_ID = "x-amzn-RequestId";

    private final Map<String, RpcV2CborService> servicesByName = new HashMap<>();
    private final CborCodec cbor = new CborCodec();

    /**
     * @throws IllegalArgumentException when two services have the same name
     */
    public RpcV2CborProtocol(List<RpcV2CborService> services) {
        for (RpcV2CborService service : services) {
            for (String name : List.of(service.serviceName(), service.shapeNamespace() + "." + service.serviceName())) {
                if (servicesByName.putIfAbsent(name, service) != null) {
                    throw new IllegalArgumentException("two services are named " + name);
                }
            }
        }
    }

    @Override
    public boolean accepts(HttpRequest request) {
        String protocol = request.headers().first(PROTOCOL_HEADER);
        return protocol != null && protocol.trim().toLowerCase(Locale.ROOT).equals(PROTOCOL);
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestContext context) {
        Route route = Route.of(request.rawPath());
        RpcV2CborService service = route == null ? null : servicesByName.get(route.service());
        if (!"POST".equals(request.method()) || route == null) {
            return error(null, new Failure(AwsError.client("UnknownOperationException", 404), "Barista does not know"
                    + " the rpcv2Cbor operation " + request.method() + " " + request.rawPath() + ".", null), context);
        }
        if (request.headers().contains("X-Amz-Target") || request.headers().contains("X-Amzn-Target")) {
            return error(service, new Failure(AwsError.client("SerializationException", 400), "An rpcv2Cbor request"
                    + " must not carry X-Amz-Target.", null), context);
        }
        RpcV2CborOperation<?> operation = service == null ? null : service.operations().get(route.operation());
        if (operation == null) {
            return error(service, new Failure(AwsError.client("UnknownOperationException", 404), "Barista does not"
                    + " know the operation " + route.operation() + " of " + route.service() + ".", null), context);
        }
        try {
            Object output = call(operation, request.body(), context);
            if (output == null) {
                return new HttpResponse(200, HttpHeaders.of(PROTOCOL_HEADER, PROTOCOL, REQUEST_ID, context.requestId()),
                        null);
            }
            return new HttpResponse(200, HttpHeaders.of(PROTOCOL_HEADER, PROTOCOL, "Content-Type", CONTENT_TYPE,
                    REQUEST_ID, context.requestId()), cbor.write(output));
        } catch (CborCodec.MalformedCborException exception) {
            return error(service, new Failure(AwsError.client("SerializationException", 400), exception.getMessage(),
                    null), context);
        } catch (RuntimeException exception) {
            return error(service, Failure.of(exception, service, context, service.name() + "." + route.operation()),
                    context);
        }
    }

    @Override
    public HttpResponse reject(HttpRequest request, Verification.Rejected rejection, RequestContext context) {
        Route route = Route.of(request.rawPath());
        RpcV2CborService service = route == null ? null : servicesByName.get(route.service());
        return error(service, new Failure(AwsError.client(rejection.code(), 403), rejection.message(), null), context);
    }

    private <I> Object call(RpcV2CborOperation<I> operation, byte[] body, RequestContext context) {
        return operation.call(cbor.read(body, operation.inputType()), context);
    }

    /**
     * The error envelope. {@code __type} is the error shape's absolute id; a {@link QueryCompatible} service's also
     * carries {@code x-amzn-query-error}. Errors of the protocol itself have no service shape and use their code.
     */
    private HttpResponse error(RpcV2CborService service, Failure failure, RequestContext context) {
        AwsError error = failure.error();
        HttpHeaders.Builder headers = HttpHeaders.builder().add(PROTOCOL_HEADER, PROTOCOL)
                .add("Content-Type", CONTENT_TYPE).add(REQUEST_ID, context.requestId());
        String type = error.code();
        if (service instanceof QueryCompatible compatible) {
            type = compatible.errorShapeId(error);
            String header = compatible.queryErrorHeader(error);
            if (header != null) {
                headers.add(QueryCompatible.QUERY_ERROR_HEADER, header);
            }
        } else if (service != null) {
            type = service.shapeNamespace() + "#" + error.code();
        }
        return new HttpResponse(error.status(), headers.build(), cbor.error(type, failure.message()));
    }

    /** The last four segments of the path: {@code service/<service>/operation/<operation>}. */
    private record Route(String service, String operation) {
        static Route of(String rawPath) {
            String[] segments = rawPath.split("/");
            int length = segments.length;
            if (length < 4 || !segments[length - 4].equals("service") || !segments[length - 2].equals("operation")
                    || segments[length - 3].isEmpty() || segments[length - 1].isEmpty()) {
                return null;
            }
            return new Route(segments[length - 3], segments[length - 1]);
        }
    }
}
