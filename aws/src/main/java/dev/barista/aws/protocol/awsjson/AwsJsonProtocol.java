package dev.barista.aws.protocol.awsjson;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.Failure;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.MalformedJsonException;
import dev.barista.aws.protocol.Protocol;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.RequestContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS JSON 1.0 and 1.1: the operation is named by {@code X-Amz-Target}, the input is the JSON body, the output the
 * JSON response. Errors carry {@code {"__type":"<code>","message":"..."}} and the code in {@code X-Amzn-ErrorType};
 * a {@link dev.barista.aws.protocol.QueryCompatible} service's (SQS, CloudWatch) name the error's shape in
 * {@code __type} and carry {@code x-amzn-query-error: <query code>;<Sender|Receiver>}, which their SDKs report as
 * the error code. A body that is not JSON, or does not fit the
 * operation's input, is a {@code SerializationException} (400), as AWS's front ends answer it, whatever the
 * service. Thread-safe.
 */
public final class AwsJsonProtocol implements Protocol {
    static final String TARGET = "X-Amz-Target";
    private static final String REQUEST_ID = "x-amzn-RequestId";

    private final Map<String, AwsJsonService> servicesByPrefix = new HashMap<>();
    private final JsonCodec json;

    /**
     * @throws IllegalArgumentException when two services have the same target prefix
     */
    public AwsJsonProtocol(List<AwsJsonService> services, JsonCodec json) {
        this.json = json;
        for (AwsJsonService service : services) {
            if (servicesByPrefix.putIfAbsent(service.targetPrefix(), service) != null) {
                throw new IllegalArgumentException("two services have the target prefix " + service.targetPrefix());
            }
        }
    }

    @Override
    public boolean accepts(HttpRequest request) {
        return request.headers().contains(TARGET);
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestContext context) {
        String target = request.headers().first(TARGET);
        AwsJsonService service = service(target);
        AwsJsonOperation<?> operation = service == null ? null
                : service.operations().get(target.substring(target.lastIndexOf('.') + 1));
        String contentType = contentType(service);
        if (operation == null) {
            return error(new Failure(AwsError.client("UnknownOperationException", 400),
                    "Barista does not know the operation " + target + ".", null), service, contentType, context);
        }
        try {
            Object output = call(operation, request.body(), context);
            return new HttpResponse(200, HttpHeaders.of("Content-Type", contentType, REQUEST_ID, context.requestId()),
                    output == null ? new byte[] {'{', '}'} : json.write(output));
        } catch (MalformedJsonException exception) {
            return error(new Failure(AwsError.client("SerializationException", 400), exception.getMessage(), null),
                    service, contentType, context);
        } catch (RuntimeException exception) {
            return error(Failure.of(exception, service, context, target), service, contentType, context);
        }
    }

    @Override
    public HttpResponse reject(HttpRequest request, Verification.Rejected rejection, RequestContext context) {
        AwsJsonService service = service(request.headers().first(TARGET));
        return error(new Failure(AwsError.client(rejection.code(), 403), rejection.message(), null), service,
                contentType(service), context);
    }

    /** The service a target names, or null. */
    private AwsJsonService service(String target) {
        int dot = target.lastIndexOf('.');
        return dot < 0 ? null : servicesByPrefix.get(target.substring(0, dot));
    }

    private static String contentType(AwsJsonService service) {
        return service == null ? AwsJsonVersion.V1_1.contentType() : service.version().contentType();
    }

    private <I> Object call(AwsJsonOperation<I> operation, byte[] body, RequestContext context) {
        return operation.call(json.read(body, operation.inputType()), context);
    }

    /**
     * The error envelope. A {@link QueryCompatible} service's error names its shape in {@code __type} and carries
     * its Query code in {@code x-amzn-query-error}.
     */
    private HttpResponse error(Failure failure, AwsJsonService service, String contentType, RequestContext context) {
        AwsError error = failure.error();
        String type = error.code();
        HttpHeaders.Builder headers = HttpHeaders.builder().add("Content-Type", contentType)
                .add(REQUEST_ID, context.requestId());
        if (service instanceof QueryCompatible compatible) {
            type = compatible.errorShapeId(error);
            String header = compatible.queryErrorHeader(error);
            if (header != null) {
                headers.add(QueryCompatible.QUERY_ERROR_HEADER, header);
            }
        }
        headers.add("X-Amzn-ErrorType", type.substring(type.indexOf('#') + 1));
        return new HttpResponse(error.status(), headers.build(),
                json.object("__type", type, "message", failure.message(), "Reason", failure.reason()));
    }
}
