package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Packages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Deleted functions, deleted versions and replaced code leave no package ({@code <data>/code/<sha256>.zip} and its
 * extraction) and no Java AOT cache ({@code <data>/environments/java-aot}) behind, once no environment runs them;
 * the code of what still exists stays, and runs after a restart. A package a crash left unreferenced is gone after
 * the restart.
 */
class CodeCollectionIT {
    private static final Duration COLLECTED = Duration.ofSeconds(30);

    private Path dataDirectory;

    @BeforeEach
    void createDataDirectory() throws IOException {
        dataDirectory = Files.createTempDirectory("barista-it-code-collection");
    }

    @AfterEach
    void deleteDataDirectory() throws IOException {
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    @Test
    void codeAndCachesNothingReferencesAreDeletedAndLiveCodeSurvivesARestart() throws IOException {
        String live = Barista.uniqueName("live");
        String deleted = Barista.uniqueName("deleted");
        String updated = Barista.uniqueName("updated");
        String java = Barista.uniqueName("java-deleted");
        String liveCode;
        String updatedCode;
        try (Barista first = Barista.start(dataDirectory)) {
            LambdaClient lambda = first.lambda();
            liveCode = first.create(live, "python3.11", "app.handler", Packages.pythonProbe("live")).codeSha256();
            String deletedCode = first.create(deleted, "python3.11", "app.handler", Packages.pythonProbe("deleted"))
                    .codeSha256();
            String publishedCode = first.create(updated, "python3.11", "app.handler", Packages.pythonProbe("u1"))
                    .codeSha256();
            lambda.publishVersion(request -> request.functionName(updated));
            lambda.updateFunctionCode(request -> request.functionName(updated)
                    .zipFile(SdkBytes.fromByteArray(Packages.pythonProbe("u2"))));
            updatedCode = first.awaitUpdated(updated).codeSha256();
            String javaCode = first.create(java, "java25", "dev.barista.it.functions.HelloHandler",
                    Packages.javaFunctions(false)).codeSha256();
            for (String name : List.of(live, deleted, updated, java)) {
                assertSucceeds(first.invoke(name, Map.of("name", "collector")));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> aotCaches(java).stream()
                    .anyMatch(file -> file.toString().endsWith(".aot")));
            assertThat(List.of(liveCode, deletedCode, publishedCode, updatedCode, javaCode))
                    .allSatisfy(code -> assertThat(isStored(code)).as(code).isTrue());

            lambda.deleteFunction(request -> request.functionName(deleted));
            lambda.deleteFunction(request -> request.functionName(java));

            await().atMost(COLLECTED).untilAsserted(() -> {
                assertThat(isStored(deletedCode)).as("code of a deleted function").isFalse();
                assertThat(isStored(javaCode)).as("code of a deleted Java function").isFalse();
                assertThat(aotCaches(java)).as("AOT cache of a deleted Java function").isEmpty();
            });
            assertThat(isStored(publishedCode)).as("replaced in $LATEST, but version 1 runs it").isTrue();

            lambda.deleteFunction(request -> request.functionName(updated).qualifier("1"));

            await().atMost(COLLECTED).until(() -> !isStored(publishedCode));
            assertThat(isStored(liveCode)).isTrue();
            assertThat(isStored(updatedCode)).isTrue();
        }
        String orphan = Base64.getEncoder().encodeToString(new byte[32]);
        Files.createDirectories(packageDirectory(orphan));
        Files.writeString(zipFile(orphan), "left behind by a crash");

        try (Barista second = Barista.start(dataDirectory)) {
            assertThat(isStored(orphan)).as("collected at start").isFalse();
            assertThat(Files.exists(zipFile(orphan))).isFalse();
            assertThat(isStored(liveCode)).isTrue();
            assertThat(isStored(updatedCode)).isTrue();
            assertSucceeds(second.invoke(live, Map.of()));
            assertSucceeds(second.invoke(updated, Map.of()));
        }
    }

    private static void assertSucceeds(InvokeResponse response) {
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Whether the package's zip or its extraction is on disk. */
    private boolean isStored(String codeSha256) {
        return Files.exists(zipFile(codeSha256)) || Files.exists(packageDirectory(codeSha256));
    }

    private Path zipFile(String codeSha256) {
        return dataDirectory.resolve("code").resolve(hex(codeSha256) + ".zip");
    }

    private Path packageDirectory(String codeSha256) {
        return dataDirectory.resolve("code").resolve(hex(codeSha256));
    }

    private static String hex(String codeSha256) {
        return HexFormat.of().formatHex(Base64.getDecoder().decode(codeSha256));
    }

    /** The AOT cache files (caches, configurations, partial caches) of a function's {@code $LATEST}. */
    private List<Path> aotCaches(String functionName) {
        Path directory = dataDirectory.resolve("environments").resolve("java-aot");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith(functionName + "-_LATEST-"))
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
