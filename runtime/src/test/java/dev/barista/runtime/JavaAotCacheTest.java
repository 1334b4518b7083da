package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static dev.barista.runtime.TestFunctions.function;
import static dev.barista.runtime.TestFunctions.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Runtime;
import dev.barista.runtime.handlers.GreetingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JDK 25 AOT caches: the runtime interface client's own, made by a training run and used by the first environment
 * of every function; a function's own, recorded by one of its environments and used by the next ones.
 */
class JavaAotCacheTest {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path code;

    @Test
    void destroyingTheRecordingEnvironmentRightAfterItsFirstAnswerStillYieldsACache() throws IOException {
        try (ProcessLauncher launcher = TestLaunchers.create(config -> config)) {
            assumeThat(launcher.installedRuntimes()).contains(Runtime.JAVA25);
            CodeDirectories.fromClasses(GreetingHandler.class.getPackage(), code);
            FunctionConfiguration function = function("aot-short", Runtime.JAVA25,
                    "dev.barista.runtime.handlers.GreetingHandler", 256);

            EnvironmentProcess recording = launcher.launch(spec(function, code, new CollectingLogSink()));
            assertThat(serveOneEvent(recording)).isInstanceOf(InvocationOutcome.Success.class);
            recording.destroy();

            assertThat(launcher.javaAotCaches().orElseThrow().awaitBackgroundWork(Duration.ofMinutes(2))).isTrue();
            assertThat(cacheFiles(launcher)).hasSize(1);

            launcher.retainOnly(List.of(function, function("python", Runtime.PYTHON312, "app.handler", 128)));
            assertThat(cacheFiles(launcher)).as("the function still exists").hasSize(1);
            launcher.retainOnly(List.of(function.withVersion(function.version(), "another revision",
                    function.lastModified())));
            assertThat(cacheFiles(launcher)).as("its revision was replaced").isEmpty();
        }
    }

    @Test
    void theFirstEnvironmentRecordsAndTheNextOnesStartFromTheCache() throws IOException {
        try (ProcessLauncher launcher = TestLaunchers.create(config -> config)) {
            assumeThat(launcher.installedRuntimes()).contains(Runtime.JAVA25);
            CodeDirectories.fromClasses(GreetingHandler.class.getPackage(), code);
            FunctionConfiguration function = function("aot-test", Runtime.JAVA25,
                    "dev.barista.runtime.handlers.GreetingHandler", 128);

            CollectingLogSink recordingLog = new CollectingLogSink();
            EnvironmentProcess recording = launcher.launch(spec(function, code, recordingLog));
            assertThat(serveOneEvent(recording)).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(javaCommandLines()).anyMatch(line -> line.contains("-XX:AOTMode=record"));
            assertThat(launcher.javaAotCaches().orElseThrow().awaitBackgroundWork(Duration.ofMinutes(2))).isTrue();
            assertThat(cacheFiles(launcher)).as("assembled while the recording environment still serves").hasSize(1);

            CollectingLogSink log = new CollectingLogSink();
            EnvironmentProcess cached = launcher.launch(spec(function, code, log));
            assertThat(serveOneEvent(cached)).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(javaCommandLines()).anyMatch(line -> line.contains("-XX:AOTCache="));
            assertThat(serveOneEvent(recording)).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(log.lines()).containsExactly("greeting aot in aot-test");
            assertThat(recordingLog.lines()).containsExactly("greeting aot in aot-test", "greeting aot in aot-test");
            cached.destroy();
            recording.destroy();
        }
    }

    @Test
    void onceTheClientHasItsCacheANewFunctionStartsFromItAndRecordsNothing() throws IOException {
        try (ProcessLauncher launcher = TestLaunchers.create(config -> config)) {
            assumeThat(launcher.installedRuntimes()).contains(Runtime.JAVA25);
            CodeDirectories.fromClasses(GreetingHandler.class.getPackage(), code);
            FunctionConfiguration first = function("aot-first", Runtime.JAVA25,
                    "dev.barista.runtime.handlers.GreetingHandler", 128);
            EnvironmentProcess before = launcher.launch(spec(first, code, new CollectingLogSink()));
            assertThat(serveOneEvent(before)).isInstanceOf(InvocationOutcome.Success.class);
            Path java = Path.of(javaCommandLines().getFirst().split(" ")[0]);
            before.destroy();
            RuntimeClientCaches client = launcher.runtimeClientCaches().orElseThrow();
            assertThat(client.awaitBackgroundWork(Duration.ofMinutes(2))).isTrue();
            Interpreters.Jdk jdk = new Interpreters.Jdk(java.getParent().getParent(), 25);
            assertThat(client.cacheFile(jdk)).as("made by the training run the first start asked for").isRegularFile();

            FunctionConfiguration function = function("aot-new", Runtime.JAVA25,
                    "dev.barista.runtime.handlers.GreetingHandler", 512);
            CollectingLogSink log = new CollectingLogSink();
            EnvironmentProcess fresh = launcher.launch(spec(function, code, log));
            try {
                assertThat(serveOneEvent(fresh)).isInstanceOf(InvocationOutcome.Success.class);
                assertThat(javaCommandLines()).anyMatch(line -> line.contains("-XX:AOTCache=" + client.cacheFile(jdk)))
                        .noneMatch(line -> line.contains("-XX:AOTMode=record"));
                assertThat(log.lines()).containsExactly("greeting aot in aot-new");
            } finally {
                fresh.destroy();
            }
        }
    }

    private static InvocationOutcome serveOneEvent(EnvironmentProcess environment) {
        assertThat(environment.awaitInit(INIT_TIMEOUT)).isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload payload = event("{\"name\":\"aot\"}");
        return environment.invoke(payload, payload.deadline());
    }

    private static List<String> javaCommandLines() {
        return ProcessHandle.current().descendants().map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("AWSLambda")).toList();
    }

    private static List<Path> cacheFiles(ProcessLauncher launcher) throws IOException {
        Path directory = launcher.javaAotCaches().orElseThrow().cacheFile(new AotCacheKey("", "probe")).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".aot")).toList();
        }
    }
}
