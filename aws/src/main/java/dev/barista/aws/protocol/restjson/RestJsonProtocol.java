package dev.barista.aws.protocol.restjson;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.Failure;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.Protocol;
import dev.barista.aws.protocol.RequestContext;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS restJson: the operation is chosen by HTTP method and path, inputs come from path labels, query, headers and
 * a JSON body. Errors are answered with the header {@code X-Amzn-ErrorType: <code>} (what the SDKs read) and the
 * body {@code {"Type":"User","message":"..."}} ({@code "Service"} for the service's faults), plus {@code "Reason"}
 * when the failure carries one (Lambda's throttles). Thread-safe.
 */
public final class RestJsonProtocol implements Protocol {
    static final String REQUEST_ID = "x-amzn-RequestId";
    private static final String ERROR_TYPE = "X-Amzn-ErrorType";
    private static final String JSON = "application/json";

    private final Map<String, ServiceRoutes> servicesByFirstSegment = new HashMap<>();
    private final JsonCodec json;

    /**
     * @throws IllegalArgumentException when two services claim the same first path segment
     */
    public RestJsonProtocol(List<RestJsonService> services, JsonCodec json) {
        this.json = json;
        for (RestJsonService service : services) {
            ServiceRoutes routes = new ServiceRoutes(service);
            for (String segment : routes.firstSegments()) {
                ServiceRoutes previous = servicesByFirstSegment.putIfAbsent(segment, routes);
                if (previous != null) {
                    throw new IllegalArgumentException("/" + segment + " is claimed by " + previous.service().name()
                            + " and " + service.name());
                }
            }
        }
    }

    @Override
    public boolean accepts(HttpRequest request) {
        return servicesByFirstSegment.containsKey(RawPath.firstSegment(request.rawPath()));
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestContext context) {
        ServiceRoutes service = servicesByFirstSegment.get(RawPath.firstSegment(request.rawPath()));
        QueryParameters query = QueryParameters.parse(request.rawQuery());
        ServiceRoutes.Match match = service.find(request.method(), RawPath.segments(request.rawPath()), query);
        if (match == null) {
            return error(new Failure(AwsError.client("UnknownOperationException", 404), "No " + service.service().name()
                    + " operation matches " + request.method() + " " + request.rawPath() + ".", null), context);
        }
        RestJsonRoute route = match.route();
        try {
            if (route.bodyLimit() != null && request.body().length > route.bodyLimit().maximumBytes()) {
                throw new BaristaException(ErrorCode.REQUEST_TOO_LARGE, route.bodyLimit().message());
            }
            RestJsonResponse response = route.operation().handle(
                    new RestJsonRequest(request, match.labels(), query, context, json));
            return encode(response, context);
        } catch (RuntimeException exception) {
            return error(Failure.of(exception, service.service(), context, service.service().name() + "."
                    + route.operationName()), context);
        }
    }

    @Override
    public HttpResponse reject(HttpRequest request, Verification.Rejected rejection, RequestContext context) {
        return error(new Failure(AwsError.client(rejection.code(), 403), rejection.message(), null), context);
    }

    private HttpResponse encode(RestJsonResponse response, RequestContext context) {
        HttpHeaders.Builder headers = response.headers().toBuilder();
        if (!headers.contains(REQUEST_ID)) {
            headers.add(REQUEST_ID, context.requestId());
        }
        byte[] body = switch (response.body()) {
            case RestJsonResponse.Body.Json document -> {
                headers.set("Content-Type", JSON);
                yield json.write(document.document());
            }
            case RestJsonResponse.Body.Bytes bytes -> {
                headers.set("Content-Type", bytes.contentType());
                yield bytes.content();
            }
            case RestJsonResponse.Body.Empty empty -> null;
        };
        return new HttpResponse(response.status(), headers.build(), body);
    }

    private HttpResponse error(Failure failure, RequestContext context) {
        AwsError error = failure.error();
        HttpHeaders headers = HttpHeaders.of(ERROR_TYPE, error.code(), REQUEST_ID, context.requestId(),
                "Content-Type", JSON);
        String type = switch (error.fault()) {
            case CLIENT -> "User";
            case SERVER -> "Service";
        };
        return new HttpResponse(error.status(), headers,
                json.object("Type", type, "message", failure.message(), "Reason", failure.reason()));
    }
}
