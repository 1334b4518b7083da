package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A code store that keeps hashes only; bytes not starting with the zip signature "PK" are refused. */
public final class FakeCodeStore implements CodeStore {
    private final Map<String, CodeArtifact> stored = new ConcurrentHashMap<>();

    @Override
    public CodeArtifact put(byte[] zip) {
        if (zip.length < 2 || zip[0] != 'P' || zip[1] != 'K') {
            throw BaristaException.invalidParameter("Could not unzip uploaded file. Please check your file, then try"
                    + " to upload again.");
        }
        try {
            String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip));
            return stored.computeIfAbsent(sha, key -> new CodeArtifact(key, zip.length, zip.length));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public Path directory(CodeArtifact code) {
        return Path.of("/nonexistent/code", code.sha256Base64().replace('/', '_'));
    }

    @Override
    public Optional<Path> zipFile(String sha256Base64) {
        return Optional.empty();
    }

    @Override
    public void retainOnly(Set<String> inUseSha256Base64) {
        stored.keySet().retainAll(inUseSha256Base64);
    }

    /** The {@code CodeSha256} of {@link #zip}{@code (seed)}. */
    public static String sha256Base64(String seed) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip(seed)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Bytes that pass as a zip, distinct per seed. */
    public static byte[] zip(String seed) {
        return ("PK" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
