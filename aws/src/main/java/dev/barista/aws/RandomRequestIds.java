package dev.barista.aws;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Request ids shaped like AWS's (random UUIDs), drawn from {@link ThreadLocalRandom}: unique enough for logs and
 * correlation, without the contention of {@link UUID#randomUUID()}'s shared secure generator on the hot path.
 */
final class RandomRequestIds implements Supplier<String> {

    @Override
    public String get() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
