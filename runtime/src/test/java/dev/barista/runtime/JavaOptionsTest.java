package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaOptionsTest {
    private static final Path LIBRARY = Path.of("/work/runtime/libaws-lambda-jni.so");
    private static final List<Path> CLASSPATH = List.of(Path.of("/m2/ric.jar"), Path.of("/m2/core.jar"));

    @Test
    void sizesTheHeapAndCodeCacheLikeAws() {
        assertThat(JavaOptions.of(512, 21, LIBRARY, CLASSPATH)).contains("-XX:MaxHeapSize=445645k",
                "-XX:MaxMetaspaceSize=65536k", "-XX:ReservedCodeCacheSize=26214k");
        assertThat(JavaOptions.of(2048, 21, LIBRARY, CLASSPATH)).contains("-XX:MaxMetaspaceSize=209715k");
    }

    @Test
    void startsFastAndLoadsTheExtractedNativeLibrary() {
        assertThat(JavaOptions.of(128, 17, LIBRARY, CLASSPATH)).contains("-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + LIBRARY)
                .doesNotContain("--enable-native-access=ALL-UNNAMED")
                .endsWith("-cp", "/m2/ric.jar:/m2/core.jar");
    }

    @Test
    void allowsNativeAccessWhereTheJdkWouldWarnAboutIt() {
        assertThat(JavaOptions.of(128, 25, LIBRARY, CLASSPATH)).contains("--enable-native-access=ALL-UNNAMED");
    }
}
