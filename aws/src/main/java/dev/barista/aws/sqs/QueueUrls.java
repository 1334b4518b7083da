package dev.barista.aws.sqs;

import dev.barista.aws.protocol.RequestContext;

/**
 * Queue URLs as SQS answers them, {@code http://<host>/<account>/<queue>}, built from the Host the client used, so
 * that the URL leads back to this server whatever name or address the client reached it by.
 */
final class QueueUrls {
    private static final String FALLBACK_HOST = "localhost:4566";

    private QueueUrls() {
    }

    static String of(RequestContext context, String accountId, String queueName) {
        String host = context.host() == null || context.host().isEmpty() ? FALLBACK_HOST : context.host();
        return "http://" + host + "/" + accountId + "/" + queueName;
    }
}
