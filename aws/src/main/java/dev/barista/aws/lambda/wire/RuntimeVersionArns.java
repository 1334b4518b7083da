package dev.barista.aws.lambda.wire;

import dev.barista.core.function.Runtime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code RuntimeVersionArn}s shaped like AWS's ({@code arn:aws:lambda:<region>::runtime:<64 hex digits>}). Barista
 * has one version per runtime, so the digits are the SHA-256 of the runtime identifier: stable across restarts and
 * hosts.
 */
final class RuntimeVersionArns {
    private static final Map<Runtime, String> DIGESTS = new EnumMap<>(Runtime.class);

    static {
        try {
            for (Runtime runtime : Runtime.values()) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(runtime.identifier().getBytes(StandardCharsets.UTF_8));
                DIGESTS.put(runtime, HexFormat.of().formatHex(digest));
            }
        } catch (NoSuchAlgorithmException exception) {
            throw new ExceptionInInitializerError(exception);
        }
    }

    private RuntimeVersionArns() {
    }

    static String of(String region, Runtime runtime) {
        return "arn:aws:lambda:" + region + "::runtime:" + DIGESTS.get(runtime);
    }
}
