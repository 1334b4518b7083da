package dev.barista.core.function;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Content-addressed storage of deployment packages (SPI). A stored package is durable (the zip is written and
 * synced before {@link #put} returns) and extracted once into a directory that environments read.
 * Implementations are thread-safe; storing the same bytes twice is cheap and returns the same artifact.
 */
public interface CodeStore {

    /**
     * Stores and extracts a zip.
     *
     * @throws dev.barista.core.error.BaristaException INVALID_PARAMETER_VALUE when the bytes are not a valid zip or
     *     the extracted size exceeds the limit
     */
    CodeArtifact put(byte[] zip);

    /** The directory holding the extracted package, with file modes from the zip (executables stay executable). */
    Path directory(CodeArtifact code);

    /** The stored zip file, to hand out as {@code Code.Location}. */
    Optional<Path> zipFile(String sha256Base64);

    /**
     * Deletes every stored package whose hash is not in {@code inUse} (the {@link CodeCollector} decides which).
     * A package is never left half deleted under its name, and a {@link #put} of the same bytes at the same time
     * either finds it whole or stores it again.
     */
    void retainOnly(Set<String> inUseSha256Base64);
}
