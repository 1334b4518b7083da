package dev.barista.core.queue;

import java.util.Objects;

/**
 * Where the queue service pretends to run: the account that owns every queue and the region in their ARNs.
 */
public record QueueSettings(String accountId, String region) {
    public QueueSettings {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }

    /** {@code arn:aws:sqs:<region>:<account>:<name>}. */
    public String arn(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }

    /** The queue name an ARN of this account and region names, or null when it names none. */
    String queueNameOf(String arn) {
        String prefix = "arn:aws:sqs:" + region + ":" + accountId + ":";
        if (arn == null || !arn.startsWith(prefix) || arn.length() == prefix.length()) {
            return null;
        }
        return arn.substring(prefix.length());
    }
}
