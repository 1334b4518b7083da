package dev.barista.storage.code;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The modes of stored packages: read-only for everyone, so that environments running as another user can read
 * them and nothing can change them. Does nothing on a file system without POSIX permissions. Thread-safe.
 */
final class FilePermissions {
    static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--r--r--");
    static final Set<PosixFilePermission> READ_AND_EXECUTE = PosixFilePermissions.fromString("r-xr-xr-x");
    private static final Set<PosixFilePermission> WRITABLE_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

    private final boolean posix;

    private FilePermissions(boolean posix) {
        this.posix = posix;
    }

    /** The permissions the file system holding {@code directory} supports. */
    static FilePermissions of(Path directory) throws IOException {
        var store = Files.getFileStore(directory);
        return new FilePermissions(store.supportsFileAttributeView(PosixFileAttributeView.class));
    }

    /** Makes a regular file 0444, or 0555 when it is executable. */
    void makeReadOnly(Path file, boolean executable) throws IOException {
        if (posix) {
            Files.setPosixFilePermissions(file, executable ? READ_AND_EXECUTE : READ_ONLY);
        }
    }

    /** Makes {@code root} and every directory under it 0555, deepest first; does not follow symbolic links. */
    void makeDirectoriesReadOnly(Path root) throws IOException {
        if (!posix) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.setPosixFilePermissions(directory, READ_AND_EXECUTE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Makes a directory writable by its owner again, so that its entries can be deleted. */
    void makeWritable(Path directory) throws IOException {
        if (posix) {
            Files.setPosixFilePermissions(directory, WRITABLE_DIRECTORY);
        }
    }
}
