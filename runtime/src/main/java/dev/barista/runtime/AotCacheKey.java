package dev.barista.runtime;

import dev.barista.core.function.FunctionConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Names the AOT cache of one function version and revision on one JDK with one set of JVM options: anything
 * that changes invalidates the cache. Files are named {@code <function>-<version>-<digest>} so that the caches
 * of earlier revisions of the same version can be found and removed.
 *
 * @param prefix {@code <function>-<version>-}, shared by every revision of the version
 * @param stem the file name without extension
 */
record AotCacheKey(String prefix, String stem) {
    /** A glob for the digest part of a stem: exactly its length, so that no other function's files match. */
    static final String ANY_DIGEST = "?".repeat(16);

    static AotCacheKey of(FunctionConfiguration function, Interpreters.Jdk jdk, List<String> options) {
        String prefix = safe(function.functionName()) + "-" + safe(function.version()) + "-";
        String identity = String.join("\n", function.functionName(), function.version(), function.revisionId(),
                jdk.home().toString(), String.join(" ", options));
        return new AotCacheKey(prefix, prefix + digest(identity));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String digest(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
