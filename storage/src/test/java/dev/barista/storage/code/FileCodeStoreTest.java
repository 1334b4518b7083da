package dev.barista.storage.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.CodeArtifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCodeStoreTest {
    @TempDir
    Path dataDirectory;

    @Test
    void aStoredPackageIsAddressedByTheBase64OfItsSha256() throws Exception {
        var zip = new ZipBuilder().file("index.js", "exports.handler = 1", 0644).build();
        var store = new FileCodeStore(dataDirectory);

        var artifact = store.put(zip);

        var expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip));
        assertThat(artifact.sha256Base64()).isEqualTo(expected);
        assertThat(artifact.sizeBytes()).isEqualTo(zip.length);
        assertThat(artifact.unzippedSizeBytes()).isEqualTo(19);
        assertThat(Files.readAllBytes(store.zipFile(expected).orElseThrow())).isEqualTo(zip);
        assertThat(Files.readString(store.directory(artifact).resolve("index.js"))).isEqualTo("exports.handler = 1");
    }

    @Test
    void executablesStayExecutableAndEverythingIsReadOnly() throws IOException {
        var zip = new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).file("lib/data.txt", "data", 0664)
                .file("lib/tool", "#!/bin/sh", 0700).build();
        var directory = new FileCodeStore(dataDirectory).directory(new FileCodeStore(dataDirectory).put(zip));

        assertThat(permissions(directory.resolve("bootstrap"))).isEqualTo("r-xr-xr-x");
        assertThat(permissions(directory.resolve("lib/tool"))).isEqualTo("r-xr-xr-x");
        assertThat(permissions(directory.resolve("lib/data.txt"))).isEqualTo("r--r--r--");
        assertThat(permissions(directory.resolve("lib"))).isEqualTo("r-xr-xr-x");
        assertThat(permissions(directory)).isEqualTo("r-xr-xr-x");
    }

    @Test
    void filesFromAZipWithoutUnixModesAreReadOnly() throws IOException {
        var zip = new ZipBuilder().fileWithoutMode("bootstrap", "#!/bin/sh").build();
        var store = new FileCodeStore(dataDirectory);

        assertThat(permissions(store.directory(store.put(zip)).resolve("bootstrap"))).isEqualTo("r--r--r--");
    }

    @Test
    void aPackageMadeByInfoZipKeepsItsModesAndLinks() throws IOException {
        var zip = getClass().getResourceAsStream("/packages/info-zip.zip").readAllBytes();
        var store = new FileCodeStore(dataDirectory);

        var artifact = store.put(zip);

        var directory = store.directory(artifact);
        assertThat(artifact.unzippedSizeBytes()).isEqualTo(1434);
        assertThat(permissions(directory.resolve("bootstrap"))).isEqualTo("r-xr-xr-x");
        assertThat(permissions(directory.resolve("lib/handler.sh"))).isEqualTo("r--r--r--");
        assertThat(Files.readSymbolicLink(directory.resolve("lib/current"))).isEqualTo(Path.of("handler.sh"));
        assertThat(Files.readString(directory.resolve("lib/current"))).startsWith("echo hello 1\n");
    }

    @Test
    void storingTheSameBytesTwiceGivesTheSameArtifact() throws IOException {
        var zip = new ZipBuilder().directory("lib/").file("lib/a.py", "a = 1", 0644).build();
        var store = new FileCodeStore(dataDirectory);
        var first = store.put(zip);

        var second = store.put(zip);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(store.directory(second).resolve("lib/a.py"))).isEqualTo("a = 1");
        assertThat(codeDirectoryNames()).containsExactlyInAnyOrder(hex(zip), hex(zip) + ".zip");
    }

    @Test
    void bytesThatAreNotAZipAreInvalid() throws IOException {
        assertInvalidZip("not a zip at all".getBytes());
        assertInvalidZip(new byte[0]);
        assertThat(codeDirectoryNames()).isEmpty();
    }

    @Test
    void aTruncatedZipIsInvalid() throws IOException {
        var zip = new ZipBuilder().file("index.js", "exports.handler = 1", 0644).build();

        assertInvalidZip(Arrays.copyOf(zip, zip.length - 10));
    }

    @Test
    void anEntryWhoseContentDoesNotMatchItsChecksumIsInvalid() throws IOException {
        var zip = new ZipBuilder().file("index.js", "exports.handler = 1", 0644).build();
        zip[30 + "index.js".length()] ^= 1;

        assertInvalidZip(zip);
        assertThat(codeDirectoryNames()).isEmpty();
    }

    @Test
    void entriesEscapingThePackageAreInvalid() throws IOException {
        assertInvalidZip(new ZipBuilder().file("../escaped.txt", "x", 0644).build());
        assertInvalidZip(new ZipBuilder().file("lib/../../escaped.txt", "x", 0644).build());
        assertInvalidZip(new ZipBuilder().file(dataDirectory.resolve("absolute.txt").toString(), "x", 0644).build());

        assertThat(dataDirectory.resolve("escaped.txt")).doesNotExist();
        assertThat(dataDirectory.resolve("absolute.txt")).doesNotExist();
        assertThat(codeDirectoryNames()).isEmpty();
    }

    @Test
    void symbolicLinksPointingOutsideThePackageAreInvalid() throws IOException {
        assertInvalidZip(new ZipBuilder().symbolicLink("passwords", "/etc/passwd").build());
        assertInvalidZip(new ZipBuilder().symbolicLink("lib/up", "../../..").build());
        assertThat(codeDirectoryNames()).isEmpty();
    }

    @Test
    void twoEntriesOfTheSameNameAreInvalid() throws IOException {
        assertInvalidZip(new ZipBuilder().file("index.js", "a", 0644).file("index.js", "b", 0644).build());
    }

    @Test
    void anEncryptedEntryIsInvalid() {
        assertInvalidZip(new ZipBuilder().file("index.js", "exports.handler = 1", 0644).encrypted().build());
    }

    @Test
    void theUnzippedLimitIsLambdas() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var output = new ZipOutputStream(zip)) {
            output.setLevel(Deflater.BEST_SPEED);
            output.putNextEntry(new ZipEntry("zeros"));
            var megabyte = new byte[1 << 20];
            for (int written = 0; written < 250; written++) {
                output.write(megabyte);
            }
            output.write(new byte[1]);
        }
        var store = new FileCodeStore(dataDirectory);

        assertThatThrownBy(() -> store.put(zip.toByteArray())).isInstanceOf(BaristaException.class)
                .hasMessage("Unzipped size must be smaller than 262144000 bytes");
    }

    @Test
    void concurrentPutsOfTheSameBytesAgree() throws Exception {
        var zip = new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).build();
        var store = new FileCodeStore(dataDirectory);
        var artifacts = new ArrayList<Future<CodeArtifact>>();
        try (var executor = Executors.newFixedThreadPool(8)) {
            for (int thread = 0; thread < 8; thread++) {
                artifacts.add(executor.submit(() -> store.put(zip)));
            }
        }

        for (var artifact : artifacts) {
            assertThat(artifact.get()).isEqualTo(artifacts.getFirst().get());
        }
        assertThat(codeDirectoryNames()).containsExactlyInAnyOrder(hex(zip), hex(zip) + ".zip");
    }

    @Test
    void aPackageUpToTheUnzippedLimitIsAccepted() {
        var store = new FileCodeStore(dataDirectory, 10);

        assertThat(store.put(new ZipBuilder().file("a", "12345", 0644).file("b", "67890", 0644).build())
                .unzippedSizeBytes()).isEqualTo(10);
    }

    @Test
    void aPackageOverTheUnzippedLimitIsInvalid() throws IOException {
        var store = new FileCodeStore(dataDirectory, 10);
        var zip = new ZipBuilder().file("a", "12345", 0644).file("b", "678901", 0644).build();

        assertThatThrownBy(() -> store.put(zip)).isInstanceOfSatisfying(BaristaException.class, exception -> {
            assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
            assertThat(exception.getMessage()).isEqualTo("Unzipped size must be smaller than 10 bytes");
        });
        assertThat(codeDirectoryNames()).isEmpty();
    }

    @Test
    void retainOnlyDeletesEveryPackageNotInUse() throws IOException {
        var store = new FileCodeStore(dataDirectory);
        var kept = store.put(new ZipBuilder().file("kept.txt", "kept", 0644).build());
        var dropped = store.put(new ZipBuilder().directory("lib/").file("lib/dropped", "x", 0755).build());

        store.retainOnly(Set.of(kept.sha256Base64(), "not base64!"));

        assertThat(store.zipFile(kept.sha256Base64())).isPresent();
        assertThat(store.zipFile(dropped.sha256Base64())).isEmpty();
        assertThat(codeDirectoryNames()).hasSize(2);
    }

    @Test
    void aMissingDirectoryIsExtractedAgainFromTheStoredZip() throws IOException {
        var store = new FileCodeStore(dataDirectory);
        var artifact = store.put(new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).build());
        DurableFiles.deleteTree(store.directory(artifact), FilePermissions.of(dataDirectory));

        var directory = store.directory(artifact);

        assertThat(permissions(directory.resolve("bootstrap"))).isEqualTo("r-xr-xr-x");
    }

    @Test
    void theDirectoryOfAPackageNeverStoredIsNotFound() {
        var store = new FileCodeStore(dataDirectory);
        var unknown = new CodeArtifact(Base64.getEncoder().encodeToString(new byte[32]), 1, 1);

        assertThatThrownBy(() -> store.directory(unknown)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
        assertThat(store.zipFile(unknown.sha256Base64())).isEmpty();
    }

    @Test
    void leftoversOfACrashAreRemovedAtStartUp() throws IOException {
        var code = Files.createDirectories(dataDirectory.resolve("code"));
        Files.createDirectories(code.resolve(".half-extracted/lib"));
        Files.writeString(code.resolve(".half-extracted/lib/a.py"), "a");
        Files.writeString(code.resolve(".upload.zip"), "partial");

        new FileCodeStore(dataDirectory);

        assertThat(codeDirectoryNames()).isEmpty();
    }

    private void assertInvalidZip(byte[] zip) {
        assertThatThrownBy(() -> new FileCodeStore(dataDirectory).put(zip))
                .isInstanceOfSatisfying(BaristaException.class, exception -> {
                    assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
                    assertThat(exception.getMessage()).isEqualTo(
                            "Could not unzip uploaded file. Please check your file, then try to upload again.");
                });
    }

    private List<String> codeDirectoryNames() throws IOException {
        try (var names = Files.list(dataDirectory.resolve("code"))) {
            return names.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String hex(byte[] zip) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
