package dev.barista.storage.code;

import dev.barista.core.error.BaristaException;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.CodeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The {@link CodeStore} in the directory {@code code} of a data directory. A package is stored as
 * {@code <sha256 hex>.zip}, written to a temporary file, fsynced and renamed before {@link #put} returns, and
 * extracted into {@code <sha256 hex>/}, which appears by an atomic rename once complete: a crash never leaves a
 * partial package under a final name. Temporary names start with a dot and are removed at start-up.
 *
 * <p>Thread-safe: operations on one package are serialized by a lock chosen by its hash. One process at a time
 * should use a data directory.
 */
public final class FileCodeStore implements CodeStore {
    /** Lambda's limit on the extracted size of a deployment package. */
    static final long MAXIMUM_UNZIPPED_BYTES = 262_144_000;
    static final String INVALID_ZIP_MESSAGE =
            "Could not unzip uploaded file. Please check your file, then try to upload again.";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMPORARY_PREFIX = ".";
    private static final int LOCK_STRIPES = 64;

    private final Path codeDirectory;
    private final FilePermissions permissions;
    private final PackageExtractor extractor;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    /** Opens the code store of a data directory, creating {@code code/} and clearing what a crash left behind. */
    public FileCodeStore(Path dataDirectory) {
        this(dataDirectory, MAXIMUM_UNZIPPED_BYTES);
    }

    FileCodeStore(Path dataDirectory, long maximumUnzippedBytes) {
        codeDirectory = dataDirectory.resolve("code").toAbsolutePath().normalize();
        for (int stripe = 0; stripe < LOCK_STRIPES; stripe++) {
            locks[stripe] = new ReentrantLock();
        }
        try {
            Files.createDirectories(codeDirectory);
            permissions = FilePermissions.of(codeDirectory);
            removeTemporaryFiles();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the code store " + codeDirectory, e);
        }
        extractor = new PackageExtractor(maximumUnzippedBytes, permissions);
    }

    @Override
    public CodeArtifact put(byte[] zip) {
        var sha256 = sha256(zip);
        var hash = HexFormat.of().formatHex(sha256);
        var artifact = Base64.getEncoder().encodeToString(sha256);
        return locked(hash, () -> {
            var zipFile = zipPath(hash);
            var directory = directoryPath(hash);
            if (Files.isRegularFile(zipFile) && Files.isDirectory(directory)) {
                return new CodeArtifact(artifact, zip.length, PackageExtractor.declaredSize(zipFile));
            }
            var temporaryZip = temporary(".zip");
            try {
                DurableFiles.writeSynced(temporaryZip, zip);
                permissions.makeReadOnly(temporaryZip, false);
                long unzippedBytes = Files.isDirectory(directory)
                        ? PackageExtractor.declaredSize(temporaryZip)
                        : extract(temporaryZip, ByteBuffer.wrap(zip), directory);
                DurableFiles.moveSynced(temporaryZip, zipFile);
                return new CodeArtifact(artifact, zip.length, unzippedBytes);
            } finally {
                Files.deleteIfExists(temporaryZip);
            }
        });
    }

    /**
     * {@inheritDoc} Extracts the stored zip again if the directory is missing.
     *
     * @throws UncheckedIOException with a {@link NoSuchFileException} when the package is not stored
     */
    @Override
    public Path directory(CodeArtifact code) {
        var hash = hash(code.sha256Base64()).orElseThrow(() -> notStored(code.sha256Base64()));
        var directory = directoryPath(hash);
        if (Files.isDirectory(directory)) {
            return directory;
        }
        return locked(hash, () -> {
            var zipFile = zipPath(hash);
            if (!Files.isDirectory(directory)) {
                if (!Files.isRegularFile(zipFile)) {
                    throw notStored(code.sha256Base64());
                }
                extract(zipFile, ByteBuffer.wrap(Files.readAllBytes(zipFile)), directory);
            }
            return directory;
        });
    }

    @Override
    public Optional<Path> zipFile(String sha256Base64) {
        return hash(sha256Base64).map(this::zipPath).filter(Files::isRegularFile);
    }

    @Override
    public void retainOnly(Set<String> inUseSha256Base64) {
        var retained = new HashSet<String>();
        inUseSha256Base64.forEach(artifact -> hash(artifact).ifPresent(retained::add));
        var stored = new HashSet<String>();
        try (var names = Files.list(codeDirectory)) {
            names.map(path -> path.getFileName().toString().replaceFirst("\\.zip$", ""))
                    .filter(name -> HASH.matcher(name).matches()).forEach(stored::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the code store " + codeDirectory, e);
        }
        stored.removeAll(retained);
        for (var hash : stored) {
            locked(hash, () -> {
                remove(hash);
                return null;
            });
        }
    }

    /** Extracts into a temporary directory, then renames it to {@code directory}. */
    private long extract(Path zipFile, ByteBuffer zipBytes, Path directory) throws IOException {
        var temporaryDirectory = temporary("");
        try {
            long unzippedBytes = extractor.extract(zipFile, zipBytes, temporaryDirectory);
            DurableFiles.moveSynced(temporaryDirectory, directory);
            return unzippedBytes;
        } catch (InvalidZipException invalid) {
            throw BaristaException.invalidParameter(INVALID_ZIP_MESSAGE);
        } catch (UnzippedSizeExceededException tooLarge) {
            throw BaristaException.invalidParameter(tooLarge.getMessage());
        } finally {
            DurableFiles.deleteTree(temporaryDirectory, permissions);
        }
    }

    /** Removes a package: the directory first, renamed away so that no half-deleted package keeps its name. */
    private void remove(String hash) throws IOException {
        var directory = directoryPath(hash);
        if (Files.isDirectory(directory)) {
            var doomed = temporary("");
            Files.move(directory, doomed);
            DurableFiles.deleteTree(doomed, permissions);
        }
        Files.deleteIfExists(zipPath(hash));
    }

    private void removeTemporaryFiles() throws IOException {
        try (var names = Files.list(codeDirectory)) {
            for (var path : (Iterable<Path>) names::iterator) {
                if (path.getFileName().toString().startsWith(TEMPORARY_PREFIX)) {
                    DurableFiles.deleteTree(path, permissions);
                }
            }
        }
    }

    private <T> T locked(String hash, FileWork<T> work) {
        var lock = locks[Math.floorMod(hash.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Code store failure for " + hash, e);
        } finally {
            lock.unlock();
        }
    }

    private Path zipPath(String hash) {
        return codeDirectory.resolve(hash + ".zip");
    }

    private Path directoryPath(String hash) {
        return codeDirectory.resolve(hash);
    }

    private Path temporary(String suffix) {
        return codeDirectory.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + suffix);
    }

    /** The hex file name of a base64 SHA-256, if it is one. */
    private static Optional<String> hash(String sha256Base64) {
        try {
            var bytes = Base64.getDecoder().decode(Objects.requireNonNull(sha256Base64));
            return bytes.length == 32 ? Optional.of(HexFormat.of().formatHex(bytes)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static UncheckedIOException notStored(String sha256Base64) {
        return new UncheckedIOException(new NoSuchFileException("No stored package with SHA-256 " + sha256Base64));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** File system work under a package's lock. */
    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws IOException;
    }
}
