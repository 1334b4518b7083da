package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.RuntimeFamily;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java runtimes: AWS's own runtime interface client on the closest installed JDK. As on Lambda, the classpath holds
 * only the client and its libraries; the client loads the function from {@code LAMBDA_TASK_ROOT} (classes at the
 * root, jars in {@code lib/}) with its own class loader, and the working directory is the code directory.
 * On JDK 25 and later, a JVM starts from an AOT cache: the runtime interface client's own
 * ({@link RuntimeClientCaches}) or, for a function that brings jars, one of its revision ({@link JavaAotCaches}).
 * The client's {@code LambdaLogger} records go through a {@link TelemetryChannel}, one log event each, as on Lambda.
 */
final class JavaCommand implements RuntimeCommand {
    private final Interpreters interpreters;
    private final RuntimeFiles files;
    private final Optional<JavaAotCaches> aotCaches;
    private final Optional<RuntimeClientCaches> clientCaches;

    JavaCommand(Interpreters interpreters, RuntimeFiles files, Optional<JavaAotCaches> aotCaches,
            Optional<RuntimeClientCaches> clientCaches) {
        this.interpreters = interpreters;
        this.files = files;
        this.aotCaches = aotCaches;
        this.clientCaches = clientCaches;
    }

    @Override
    public Entrypoint entrypoint(EnvironmentSpec spec, Path temporaryDirectory) {
        FunctionConfiguration function = spec.function();
        return interpreters.jdk(function.runtime())
                .<Entrypoint>map(jdk -> new Entrypoint.Startable(commandLine(function, jdk, spec.codeDirectory(),
                        temporaryDirectory)))
                .orElseGet(() -> NotInstalled.entrypoint(spec));
    }

    /** The key of the AOT cache environments of {@code function} use, if it is a Java function that has one. */
    Optional<AotCacheKey> aotCacheKey(FunctionConfiguration function) {
        if (aotCaches.isEmpty() || function.runtime().family() != RuntimeFamily.JAVA) {
            return Optional.empty();
        }
        return interpreters.jdk(function.runtime())
                .filter(jdk -> jdk.featureVersion() >= JavaAotCaches.MINIMUM_FEATURE_VERSION)
                .map(jdk -> AotCacheKey.of(function, jdk, options(function, jdk)));
    }

    private CommandLine commandLine(FunctionConfiguration function, Interpreters.Jdk jdk, Path code,
            Path temporaryDirectory) {
        List<String> options = options(function, jdk);
        AotPlan plan = aotCaches.filter(caches -> jdk.featureVersion() >= JavaAotCaches.MINIMUM_FEATURE_VERSION)
                .map(caches -> caches.plan(AotCacheKey.of(function, jdk, options), jdk, options,
                        clientCaches.flatMap(client -> client.cache(jdk)), hasJars(code)))
                .orElse(new AotPlan.None());

        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.addAll(plan.options());
        command.add("-Djava.io.tmpdir=" + temporaryDirectory);
        command.addAll(options);
        command.add(JavaOptions.MAIN_CLASS);
        command.add(function.handler());
        return new CommandLine(command, Map.of(), plan.recording(), true);
    }

    private List<String> options(FunctionConfiguration function, Interpreters.Jdk jdk) {
        return JavaOptions.of(function.memorySizeMegabytes(), jdk.featureVersion(), files.javaNativeLibrary(),
                files.javaClasspath());
    }

    /** Whether the package brings jars in {@code lib/}, as a Lambda Java zip does with its dependencies. */
    private static boolean hasJars(Path code) {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(code.resolve("lib"), "*.jar")) {
            return jars.iterator().hasNext();
        } catch (IOException | DirectoryIteratorException noJars) {
            return false;
        }
    }
}
