package dev.barista.storage.code;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts a deployment package into a new directory, refusing what would be unsafe or over the size limit.
 * Regular files become read-only, executable (0555) when the zip gave them any execute bit and 0444 otherwise;
 * directories become 0555 once filled. Symbolic links are kept when they point inside the package. Not
 * thread-safe for one target; callers extract into a private directory.
 */
final class PackageExtractor {
    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_SYMBOLIC_LINK = 0120000;
    private static final int ANY_EXECUTE = 0111;
    private static final int MAXIMUM_LINK_TARGET_BYTES = 4096;

    private final long maximumUnzippedBytes;
    private final FilePermissions permissions;

    PackageExtractor(long maximumUnzippedBytes, FilePermissions permissions) {
        this.maximumUnzippedBytes = maximumUnzippedBytes;
        this.permissions = permissions;
    }

    /**
     * Extracts {@code zipFile}, whose bytes are {@code zipBytes}, into {@code target}, which must not exist.
     *
     * @return the extracted size in bytes
     * @throws InvalidZipException when the package is malformed or unsafe; {@code target} may then be partly filled
     * @throws UnzippedSizeExceededException when the declared sizes add up to more than the limit
     */
    long extract(Path zipFile, ByteBuffer zipBytes, Path target)
            throws InvalidZipException, UnzippedSizeExceededException, IOException {
        var entries = ZipCentralDirectory.read(zipBytes);
        var root = target.toAbsolutePath().normalize();
        try (var zip = new ZipFile(zipFile.toFile())) {
            long unzippedBytes = declaredSizeWithinLimit(zip, entries.size());
            Files.createDirectory(root);
            var links = new ArrayList<PendingLink>();
            for (var entry : entries) {
                var zipEntry = zip.getEntry(entry.name());
                if (zipEntry == null || entry.encrypted()) {
                    throw new InvalidZipException("Unreadable entry " + entry.name());
                }
                var path = resolveInside(root, entry.name());
                if (zipEntry.isDirectory()) {
                    Files.createDirectories(path);
                } else if ((entry.unixMode() & TYPE_MASK) == TYPE_SYMBOLIC_LINK) {
                    links.add(new PendingLink(path, linkTarget(zip, zipEntry)));
                } else {
                    Files.createDirectories(path.getParent());
                    copy(zip, zipEntry, path);
                    permissions.makeReadOnly(path, (entry.unixMode() & ANY_EXECUTE) != 0);
                }
            }
            // Links come last, so that no entry is ever written through one.
            for (var link : links) {
                createLink(root, link);
            }
            permissions.makeDirectoriesReadOnly(root);
            return unzippedBytes;
        } catch (ZipException | EOFException | FileAlreadyExistsException | NotDirectoryException
                 | InvalidPathException unusable) {
            throw new InvalidZipException("Cannot extract: " + unusable);
        }
    }

    /** The extracted size a valid zip declares, without extracting it. */
    static long declaredSize(Path zipFile) throws IOException {
        try (var zip = new ZipFile(zipFile.toFile())) {
            return zip.stream().mapToLong(ZipEntry::getSize).sum();
        }
    }

    private long declaredSizeWithinLimit(ZipFile zip, int centralDirectoryEntries)
            throws InvalidZipException, UnzippedSizeExceededException {
        if (zip.size() != centralDirectoryEntries) {
            throw new InvalidZipException("Entry count differs from the central directory");
        }
        long total = 0;
        for (var entries = zip.entries().asIterator(); entries.hasNext(); ) {
            var entry = entries.next();
            if (entry.getSize() < 0) {
                throw new InvalidZipException("Unknown size of " + entry.getName());
            }
            total += entry.getSize();
            if (total > maximumUnzippedBytes) {
                throw new UnzippedSizeExceededException(maximumUnzippedBytes);
            }
        }
        return total;
    }

    /** The path of an entry, refusing names that would land outside the package directory (zip slip). */
    private static Path resolveInside(Path root, String name) throws InvalidZipException {
        var path = root.resolve(name).normalize();
        if (name.startsWith("/") || !path.startsWith(root) || path.equals(root) && !name.endsWith("/")) {
            throw new InvalidZipException("Entry outside the package: " + name);
        }
        return path;
    }

    /** Copies an entry, checking that it has exactly its declared size and checksum. */
    private static void copy(ZipFile zip, ZipEntry entry, Path path) throws IOException, InvalidZipException {
        try (var input = zip.getInputStream(entry);
             var output = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var checksum = new CRC32();
            var buffer = new byte[64 * 1024];
            long copied = 0;
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                copied += read;
                if (copied > entry.getSize()) {
                    throw new InvalidZipException("Entry longer than declared: " + entry.getName());
                }
                checksum.update(buffer, 0, read);
                output.write(buffer, 0, read);
            }
            if (copied != entry.getSize() || checksum.getValue() != entry.getCrc()) {
                throw new InvalidZipException("Entry does not match its size or checksum: " + entry.getName());
            }
        }
    }

    private static String linkTarget(ZipFile zip, ZipEntry entry) throws IOException, InvalidZipException {
        if (entry.getSize() > MAXIMUM_LINK_TARGET_BYTES) {
            throw new InvalidZipException("Symbolic link target too long: " + entry.getName());
        }
        try (InputStream input = zip.getInputStream(entry)) {
            return new String(input.readNBytes(MAXIMUM_LINK_TARGET_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static void createLink(Path root, PendingLink link) throws IOException, InvalidZipException {
        var target = Path.of(link.target());
        if (link.target().isEmpty() || target.isAbsolute()
                || !link.path().getParent().resolve(target).normalize().startsWith(root)) {
            throw new InvalidZipException("Symbolic link pointing outside the package: " + link.path());
        }
        Files.createDirectories(link.path().getParent());
        Files.createSymbolicLink(link.path(), target);
    }

    /** A symbolic link to create once every regular file is in place. */
    private record PendingLink(Path path, String target) {
    }
}
