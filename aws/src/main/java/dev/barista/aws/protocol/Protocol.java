package dev.barista.aws.protocol;

import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;

/**
 * One AWS wire protocol (restJson, awsJson, awsQuery; restXml later), written once for every service that speaks
 * it: routing to an operation, decoding, encoding and error envelopes. Services contribute operations and an
 * {@link ErrorTable} only. Implementations are thread-safe and never throw: every failure becomes an envelope.
 */
public interface Protocol {

    /** Whether this protocol answers the request, judged from its method, path and headers only. */
    boolean accepts(HttpRequest request);

    /** Routes, decodes, calls one operation and encodes its result or failure. */
    HttpResponse handle(HttpRequest request, RequestContext context);

    /** Answers a request whose signature was refused: HTTP 403 in this protocol's error envelope. */
    HttpResponse reject(HttpRequest request, Verification.Rejected rejection, RequestContext context);
}
