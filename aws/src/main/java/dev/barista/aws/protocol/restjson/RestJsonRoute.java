package dev.barista.aws.protocol.restjson;

import java.util.Objects;

/**
 * Binds an HTTP method and path template to an operation.
 *
 * @param operationName the AWS operation name, such as {@code CreateFunction}
 * @param method the HTTP method in upper case
 * @param bodyLimit the largest body accepted, or null for no limit beyond the server's
 */
public record RestJsonRoute(String operationName, String method, PathTemplate path, BodyLimit bodyLimit,
                            RestJsonOperation operation) {
    public RestJsonRoute {
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operation, "operation");
    }
}
