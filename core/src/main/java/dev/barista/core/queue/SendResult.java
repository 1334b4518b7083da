package dev.barista.core.queue;

import java.util.Objects;

/**
 * What SendMessage answers through the API: the sent message, and the MD5 of its system attributes (null when none
 * were sent).
 */
public record SendResult(SentMessage sent, String md5OfMessageSystemAttributes) {
    public SendResult {
        Objects.requireNonNull(sent, "sent");
    }
}
