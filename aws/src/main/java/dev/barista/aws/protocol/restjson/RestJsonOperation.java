package dev.barista.aws.protocol.restjson;

/**
 * One operation of a restJson service: decodes what it needs from the request, calls one service method and
 * encodes the result. Failures are thrown as {@link dev.barista.core.error.BaristaException}; the protocol turns
 * them into the error envelope.
 */
@FunctionalInterface
public interface RestJsonOperation {

    RestJsonResponse handle(RestJsonRequest request);
}
