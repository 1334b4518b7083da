package dev.barista.aws.protocol.query;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.Failure;
import dev.barista.aws.protocol.Protocol;
import dev.barista.aws.protocol.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * AWS Query: {@code POST} with a form body (or {@code GET} with a query string) naming an {@code Action}; answers
 * are XML documents, errors {@code <ErrorResponse>} with {@code Type} Sender or Receiver. The service is the one
 * whose signing name the request's credential scope names, else the one service that knows the action.
 * Thread-safe.
 */
public final class AwsQueryProtocol implements Protocol {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String XML = "text/xml";

    private final List<AwsQueryService> services;

    public AwsQueryProtocol(List<AwsQueryService> services) {
        this.services = List.copyOf(services);
    }

    @Override
    public boolean accepts(HttpRequest request) {
        String contentType = request.headers().first("Content-Type");
        if ("POST".equals(request.method()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            return true;
        }
        return "GET".equals(request.method()) && QueryParameters.parse(request.rawQuery()).contains("Action");
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestContext context) {
        QueryParameters parameters = parameters(request);
        String action = parameters.first("Action");
        if (action == null || action.isEmpty()) {
            return error(null, new Failure(AwsError.client("MissingAction", 400),
                    "The request must contain the parameter Action.", null), context);
        }
        AwsQueryService service = service(action, context.signingService());
        if (service == null) {
            return error(null, new Failure(AwsError.client("InvalidAction", 400),
                    "The action " + action + " is not valid for this endpoint.", null), context);
        }
        try {
            List<XmlElement> result = service.operations().get(action).handle(parameters, context);
            return new HttpResponse(200, HttpHeaders.of("Content-Type", XML, "x-amzn-RequestId", context.requestId()),
                    QueryXml.response(action, service.xmlNamespace(), result, context.requestId()));
        } catch (RuntimeException exception) {
            return error(service, Failure.of(exception, service, context, service.name() + "." + action), context);
        }
    }

    @Override
    public HttpResponse reject(HttpRequest request, Verification.Rejected rejection, RequestContext context) {
        String action = parameters(request).first("Action");
        AwsQueryService service = action == null ? null : service(action, context.signingService());
        return error(service, new Failure(AwsError.client(rejection.code(), 403), rejection.message(), null), context);
    }

    /** The form body of a POST merged after the query string's parameters. */
    private static QueryParameters parameters(HttpRequest request) {
        if (!"POST".equals(request.method())) {
            return QueryParameters.parse(request.rawQuery());
        }
        String form = new String(request.body(), StandardCharsets.UTF_8);
        return QueryParameters.parse(request.rawQuery().isEmpty() ? form : request.rawQuery() + "&" + form);
    }

    /** The service that answers an action, or null when none knows it. */
    private AwsQueryService service(String action, String signingService) {
        AwsQueryService found = null;
        for (AwsQueryService service : services) {
            if (service.operations().containsKey(action)) {
                if (service.signingName().equals(signingService)) {
                    return service;
                }
                found = found == null ? service : found;
            }
        }
        return found;
    }

    private static HttpResponse error(AwsQueryService service, Failure failure, RequestContext context) {
        AwsError error = failure.error();
        String type = switch (error.fault()) {
            case CLIENT -> "Sender";
            case SERVER -> "Receiver";
        };
        String namespace = service == null ? null : service.xmlNamespace();
        return new HttpResponse(error.status(), HttpHeaders.of("Content-Type", XML, "x-amzn-RequestId",
                context.requestId()), QueryXml.error(namespace, type, error.codeInQuery(), failure.message(),
                context.requestId()));
    }
}
