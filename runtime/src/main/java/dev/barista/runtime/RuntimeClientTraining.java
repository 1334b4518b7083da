package dev.barista.runtime;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.runtime.api.RuntimeApiServer;
import dev.barista.runtime.api.RuntimeChannel;
import dev.barista.runtime.training.TrainingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One training run of AWS's runtime interface client for its AOT cache: the client serves a few events of
 * {@link TrainingHandler} through a Runtime API of its own, as a function's environment would (framed log channel
 * included, on {@code /dev/null}), then is asked to exit, and the JVM writes the cache on its way out
 * ({@code -XX:AOTCacheOutput}, JDK 25). The run is Barista's own code only: no function's code runs twice.
 */
final class RuntimeClientTraining {
    static final String FUNCTION_NAME = "barista-runtime-client-training";
    private static final int ROUNDS = 3;
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(5);
    private static final String HANDLER_CLASS = TrainingHandler.class.getName();

    private RuntimeClientTraining() {
    }

    /**
     * Runs the training; true once {@code cache} holds a cache.
     *
     * @param directory scratch space of the run (task root, temporary directory), emptied by the caller
     * @param options the JVM options the cache is for ({@link JavaOptions#of}), ending with the classpath
     * @param running gets the training process while it runs, so that a closing launcher can kill it
     */
    static boolean run(Interpreters.Jdk jdk, List<String> options, Path runtimeDirectory, Path directory,
            Path cache, Set<Process> running) throws IOException, InterruptedException {
        Path taskRoot = installHandler(directory.resolve("task"));
        Path temporary = Files.createDirectories(directory.resolve("tmp"));
        Path partial = cache.resolveSibling(cache.getFileName() + ".part");
        Files.deleteIfExists(partial);
        RuntimeChannel channel = new RuntimeChannel();
        Process process = null;
        try (RuntimeApiServer server = RuntimeApiServer.start(channel)) {
            process = start(jdk, options, partial, taskRoot, temporary, runtimeDirectory, server.address());
            running.add(process);
            process.onExit().thenRun(() -> channel.end("exited"));
            if (!(channel.awaitInit(STEP_TIMEOUT) instanceof InitOutcome.Ready) || !serveRounds(channel)) {
                return false;
            }
            // SIGTERM: the JVM exits normally, and writes the cache before it does.
            process.destroy();
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || !isUsable(partial)) {
                return false;
            }
            Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } finally {
            if (process != null) {
                process.destroyForcibly();
                running.remove(process);
            }
            Files.deleteIfExists(partial);
        }
    }

    private static Process start(Interpreters.Jdk jdk, List<String> options, Path partial, Path taskRoot,
            Path temporary, Path runtimeDirectory, String runtimeApi) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "exec " + TelemetryChannel.DESCRIPTOR + ">/dev/null && exec \"$@\"", "sh",
                jdk.java().toString(), "-XX:AOTCacheOutput=" + partial, AotPlan.QUIET,
                "-Djava.io.tmpdir=" + temporary));
        command.addAll(options);
        command.add(JavaOptions.MAIN_CLASS);
        command.add(HANDLER_CLASS + "::handleRequest");
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(variables(jdk, taskRoot, temporary, runtimeDirectory, runtimeApi));
        return builder.start();
    }

    /** What a function's environment would hold ({@link EnvironmentVariables}), for a function of 128 MB. */
    private static Map<String, String> variables(Interpreters.Jdk jdk, Path taskRoot, Path temporary,
            Path runtimeDirectory, String runtimeApi) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PATH", jdk.java().getParent() + ":/usr/local/bin:/usr/bin:/bin");
        variables.put("LD_LIBRARY_PATH", taskRoot + ":" + taskRoot.resolve("lib"));
        variables.put("TZ", ":UTC");
        variables.put("LANG", "en_US.UTF-8");
        variables.put("AWS_LAMBDA_FUNCTION_NAME", FUNCTION_NAME);
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + FUNCTION_NAME);
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", "training");
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_REGION", "us-east-1");
        variables.put("AWS_DEFAULT_REGION", "us-east-1");
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_java" + jdk.featureVersion());
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("_HANDLER", HANDLER_CLASS + "::handleRequest");
        variables.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        variables.put("LAMBDA_RUNTIME_DIR", runtimeDirectory.toString());
        variables.put("TMPDIR", temporary.toString());
        variables.put("_LAMBDA_TELEMETRY_LOG_FD", Integer.toString(TelemetryChannel.DESCRIPTOR));
        return variables;
    }

    private static boolean serveRounds(RuntimeChannel channel) throws InterruptedException {
        for (int round = 1; round <= ROUNDS; round++) {
            Instant deadline = Instant.now().plus(STEP_TIMEOUT);
            InvocationPayload event = new InvocationPayload("training-" + round,
                    ("{\"round\":" + round + ",\"items\":[\"a\",\"b\"],\"nested\":{\"on\":true}}")
                            .getBytes(StandardCharsets.UTF_8),
                    "arn:aws:lambda:us-east-1:000000000000:function:" + FUNCTION_NAME, deadline,
                    "Root=1-00000000-000000000000000000000000;Sampled=0", null, null);
            try {
                InvocationOutcome outcome = channel.submit(event).outcome()
                        .get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (!(outcome instanceof InvocationOutcome.Success)) {
                    return false;
                }
            } catch (ExecutionException | TimeoutException | IllegalStateException failed) {
                return false;
            }
        }
        return true;
    }

    /** The handler's class file at the root of a task directory, where the client looks for it. */
    private static Path installHandler(Path taskRoot) throws IOException {
        String resource = HANDLER_CLASS.replace('.', '/') + ".class";
        Path target = taskRoot.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = TrainingHandler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class file " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return taskRoot;
    }

    private static boolean isUsable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException gone) {
            return false;
        }
    }
}
