package dev.barista.aws.protocol.restjson;

import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.MalformedJsonException;
import dev.barista.aws.protocol.RequestContext;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * A routed restJson request, as an operation reads it: path labels (decoded), query parameters, headers and the
 * body, raw or bound to a wire record. Used by one thread.
 */
public final class RestJsonRequest {
    private final HttpRequest request;
    private final Map<String, String> labels;
    private final QueryParameters query;
    private final RequestContext context;
    private final JsonCodec json;

    RestJsonRequest(HttpRequest request, Map<String, String> labels, QueryParameters query, RequestContext context,
                    JsonCodec json) {
        this.request = request;
        this.labels = labels;
        this.query = query;
        this.context = context;
        this.json = json;
    }

    /** A label of the path template, decoded; labels always match a non-empty segment. */
    public String label(String name) {
        String value = labels.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no label " + name);
        }
        return value;
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        return query.first(name);
    }

    /** Every value of a repeated query parameter, in order. */
    public List<String> queryAll(String name) {
        return query.all(name);
    }

    /**
     * An integer query parameter, or null when absent.
     *
     * @param member the member name as AWS's validation messages spell it, such as {@code maxItems}
     */
    public Integer queryInteger(String name, String member) {
        String value = query.first(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException exception) {
            throw BaristaException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must be an integer");
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return request.headers().first(name);
    }

    /** The body as received, not copied. */
    public byte[] body() {
        return request.body();
    }

    /**
     * The body bound to a wire record; an empty body binds as {@code {}}.
     *
     * @throws BaristaException INVALID_REQUEST_CONTENT when the body is not JSON or does not fit the record
     */
    public <T> T body(Class<T> type) {
        try {
            return json.read(request.body(), type);
        } catch (MalformedJsonException exception) {
            throw new BaristaException(ErrorCode.INVALID_REQUEST_CONTENT,
                    "Could not parse request body into json: " + exception.getMessage());
        }
    }

    public RequestContext context() {
        return context;
    }
}
