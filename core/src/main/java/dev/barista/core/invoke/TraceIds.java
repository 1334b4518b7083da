package dev.barista.core.invoke;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray trace headers as Lambda hands them to the runtime ({@code Root=1-<epoch hex>-<24 hex>;Sampled=0}). */
final class TraceIds {
    private TraceIds() {
    }

    static String next(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "Root=1-" + Long.toHexString(now.getEpochSecond()) + "-"
                + String.format("%08x%016x", random.nextInt(), random.nextLong()) + ";Parent="
                + String.format("%016x", random.nextLong()) + ";Sampled=0";
    }
}
