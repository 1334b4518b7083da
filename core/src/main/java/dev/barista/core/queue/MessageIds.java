package dev.barista.core.queue;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Message ids as SQS writes them: random (version 4) UUIDs. From {@link ThreadLocalRandom} rather than
 * {@link UUID#randomUUID()}, whose one shared SecureRandom serializes concurrent senders; an id is a name, not a
 * secret.
 */
final class MessageIds {
    private MessageIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
