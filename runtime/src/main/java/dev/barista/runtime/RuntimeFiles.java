package dev.barista.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.annotations.SdkProtectedApi;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * The files every environment of a launcher shares, installed into the work directory once at launcher start:
 * Barista's Python and Node.js bootstraps, the JNI library of AWS's Java runtime interface client (extracted
 * here so that concurrent JVMs do not race on the client's fixed {@code /tmp} path), and the client's jars.
 *
 * @param runtimeDirectory {@code LAMBDA_RUNTIME_DIR} of every environment
 * @param javaClasspath the runtime interface client with its dependencies, found where this JVM loaded them
 */
record RuntimeFiles(Path runtimeDirectory, Path pythonBootstrap, Path nodeBootstrap, Path javaNativeLibrary,
        List<Path> javaClasspath, Path pythonBytecodeCache) {

    private static final String RESOURCES = "/dev/barista/runtime/bootstrap/";

    RuntimeFiles {
        javaClasspath = List.copyOf(javaClasspath);
    }

    static RuntimeFiles install(Path workDirectory) {
        try {
            Path runtimeDirectory = Files.createDirectories(workDirectory.resolve("runtime"));
            Path pythonCache = Files.createDirectories(workDirectory.resolve("python-cache"));
            return new RuntimeFiles(
                    runtimeDirectory,
                    copy(RuntimeFiles.class, RESOURCES + "bootstrap.py", runtimeDirectory.resolve("bootstrap.py")),
                    copy(RuntimeFiles.class, RESOURCES + "bootstrap.cjs", runtimeDirectory.resolve("bootstrap.cjs")),
                    copy(AWSLambda.class, "/jni/" + nativeLibraryName(),
                            runtimeDirectory.resolve("libaws-lambda-jni.so")),
                    clientClasspath(),
                    pythonCache);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot install runtime files in " + workDirectory, failure);
        }
    }

    /** The runtime interface client's own name for this platform's build of its library. */
    static String nativeLibraryName() {
        String architecture = switch (System.getProperty("os.arch")) {
            case "aarch64", "arm64" -> "aarch_64";
            default -> "x86_64";
        };
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))
                || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        return "libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + architecture + ".so";
    }

    private static List<Path> clientClasspath() {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> member : List.of(AWSLambda.class, Context.class, PojoSerializer.class,
                SdkInternalThreadLocal.class, SdkProtectedApi.class)) {
            jars.add(location(member));
        }
        return List.copyOf(jars);
    }

    private static Path location(Class<?> member) {
        try {
            return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException unknown) {
            throw new IllegalStateException("cannot locate the jar of " + member.getName(), unknown);
        }
    }

    /** Writes a resource atomically, so that a process starting meanwhile sees the old file or the new one. */
    private static Path copy(Class<?> owner, String resource, Path target) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
