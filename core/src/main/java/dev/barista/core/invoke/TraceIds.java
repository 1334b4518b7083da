package dev.barista.core.invoke;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray trace headers as Lambda hands them to the runtime ({@code Root=1-<epoch hex>-<24 hex>;Sampled=0}). */
final class TraceIds {
    private static final HexFormat HEX = HexFormat.of();

    private TraceIds() {
    }

    static String next(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "Root=1-" + Long.toHexString(now.getEpochSecond()) + "-" + HEX.toHexDigits(random.nextInt())
                + HEX.toHexDigits(random.nextLong()) + ";Parent=" + HEX.toHexDigits(random.nextLong())
                + ";Sampled=0";
    }
}
