package dev.barista.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JVM options of a Java function, sized from its memory as AWS's Java runtimes do: 85 % of the memory for
 * the heap, 10 % for metaspace and 5 % for the code cache (a 512 MB function gets {@code -XX:MaxHeapSize=445645k}).
 * Metaspace gets at least {@value #MINIMUM_METASPACE_KILOBYTES} KB: without a class-data archive (while an AOT
 * cache is recorded, or when the JVM rejects one) the JDK's own classes land there, and the runtime interface
 * client alone would not fit in 10 % of 128 MB. The serial collector and C1 only: a function's JVM is small and
 * short-lived, and starts faster that way. {@code java.io} is opened to the client, as AWS's Java runtimes open it:
 * the client builds the {@code FileDescriptor} of its framed log channel ({@link TelemetryChannel}) reflectively.
 */
final class JavaOptions {
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    /** From JDK 22 on, loading the client's JNI library without this prints a warning into the function's log. */
    private static final int NATIVE_ACCESS_WARNING_SINCE = 22;
    private static final long MINIMUM_METASPACE_KILOBYTES = 64 * 1024;

    private JavaOptions() {
    }

    /** Options that must be the same when an AOT cache is recorded, assembled and used; ends with the classpath. */
    static List<String> of(int memoryMegabytes, int featureVersion, Path nativeLibrary, List<Path> classpath) {
        long memoryKilobytes = memoryMegabytes * 1024L;
        List<String> options = new ArrayList<>(List.of(
                "-XX:MaxHeapSize=" + Math.round(memoryKilobytes * 0.85) + "k",
                "-XX:MaxMetaspaceSize="
                        + Math.max(MINIMUM_METASPACE_KILOBYTES, Math.round(memoryKilobytes * 0.10)) + "k",
                "-XX:ReservedCodeCacheSize=" + Math.round(memoryKilobytes * 0.05) + "k",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeLibrary));
        if (featureVersion >= NATIVE_ACCESS_WARNING_SINCE) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        options.add("-cp");
        options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(":")));
        return List.copyOf(options);
    }
}
