package dev.barista.aws.protocol;

import dev.barista.aws.auth.SigV4Authorization;
import java.util.Objects;

/**
 * What the gateway knows about a request before a protocol decodes it.
 *
 * @param requestId the id answered in {@code x-amzn-RequestId} (or the protocol's equivalent) and logged with
 *     failures
 * @param authorization the SigV4 {@code Authorization} header, or null when the request is not signed with SigV4
 * @param host the {@code Host} header (name and port), or null when the client sent none
 * @param rawPath the request's path as sent; awsQuery services that take a resource's URL as the endpoint read it
 *     there (SQS clients post to the queue URL)
 */
public record RequestContext(String requestId, SigV4Authorization authorization, String host, String rawPath) {
    public RequestContext {
        Objects.requireNonNull(requestId, "requestId");
        rawPath = rawPath == null ? "/" : rawPath;
    }

    public RequestContext(String requestId, SigV4Authorization authorization, String host) {
        this(requestId, authorization, host, "/");
    }

    /** The signing name of the credential scope ({@code lambda}, {@code sqs}), or null for unsigned requests. */
    public String signingService() {
        return authorization == null ? null : authorization.credential().service();
    }
}
