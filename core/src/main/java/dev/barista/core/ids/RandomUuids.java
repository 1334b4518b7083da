package dev.barista.core.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs, as AWS writes request and message ids. From {@link ThreadLocalRandom} rather than
 * {@link UUID#randomUUID()}, whose one shared SecureRandom serializes concurrent callers (every invoke and every
 * sent message asks for one); an id is a name, not a secret.
 */
public final class RandomUuids {
    private RandomUuids() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
