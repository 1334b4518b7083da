package dev.barista.bench;

import dev.barista.bench.functions.BareMain;
import dev.barista.bench.functions.NoopHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The no-op functions of every runtime, as deployment packages (zip bytes) and as extracted code directories. */
final class FunctionPackages {
    static final String PYTHON_HANDLER = "index.handler";
    static final String NODE_HANDLER = "index.handler";
    static final String JAVA_HANDLER = NoopHandler.class.getName() + "::handleRequest";
    static final String PROVIDED_HANDLER = "unused";

    static final String PYTHON_SOURCE = "def handler(e, c): return {}\n";
    static final String NODE_SOURCE = "exports.handler = async (event, context) => ({});\n";
    /** A custom runtime in shell: curl for the Runtime API, as AWS's own tutorial does. */
    static final String PROVIDED_BOOTSTRAP = """
            #!/bin/sh
            set -eu
            api="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation"
            headers=$(mktemp)
            while true; do
              curl -sS -D "$headers" -o /dev/null "$api/next"
              id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$headers" | cut -d: -f2 | tr -d '[:space:]')
              curl -sS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "$api/$id/response"
            done
            """;

    private FunctionPackages() {
    }

    static byte[] python() {
        return zip(Map.of("index.py", PYTHON_SOURCE.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    static byte[] node() {
        return zip(Map.of("index.js", NODE_SOURCE.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    static byte[] provided() {
        return zip(Map.of("bootstrap", PROVIDED_BOOTSTRAP.getBytes(StandardCharsets.UTF_8)), Map.of("bootstrap", 0755));
    }

    /** The handler classes at the root of the zip, as a Lambda Java zip has them. */
    static byte[] java() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Class<?> type : new Class<?>[] {NoopHandler.class, BareMain.class}) {
            String resource = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing class file " + resource);
                }
                entries.put(resource, in.readAllBytes());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return zip(entries, Map.of());
    }

    static byte[] zip(Map<String, byte[]> entries, Map<String, Integer> modes) {
        return StoredZip.write(entries, modes);
    }

    /** Extracts a package into a directory (for the bare baselines), keeping executable bits. */
    static Path extract(byte[] zip, Path directory, Map<String, Integer> modes) throws IOException {
        Files.createDirectories(directory);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
                Integer mode = modes.get(entry.getName());
                if (mode != null && (mode & 0111) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return directory;
    }
}
