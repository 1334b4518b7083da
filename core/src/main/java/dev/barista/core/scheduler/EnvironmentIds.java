package dev.barista.core.scheduler;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Draws environment ids: 32 lowercase hex digits, like the tail of a Lambda log stream name. Thread-safe. */
final class EnvironmentIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private EnvironmentIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
