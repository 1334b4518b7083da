package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * No environment process outlives its environment: after DeleteFunction, a timeout or a crash, every process of
 * the environment (found by its {@code AWS_LAMBDA_FUNCTION_NAME} among this JVM's descendants, with launch
 * wrappers and children) is gone. Server shutdown is covered in {@link PersistenceIT}, kill -9 in
 * {@link CrashRecoveryIT}.
 */
@ExtendWith(BaristaExtension.class)
class ProcessLeakIT {
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Barista barista;

    ProcessLeakIT(Barista barista) {
        this.barista = barista;
    }

    @Test
    void deleteFunctionStopsTheEnvironmentsOfEveryVersion() {
        String name = Barista.uniqueName("leak-delete");
        barista.createPython(name);
        barista.lambda().publishVersion(request -> request.functionName(name));
        long pid = Json.payload(barista.invoke(name, Map.of())).get("pid").asLong();
        long versionPid = Json.payload(barista.invoke(name + ":1", Map.of())).get("pid").asLong();
        Set<Long> environment = Processes.environmentOf(name);
        assertThat(environment).as("the environment's processes are descendants of the server").isNotEmpty();
        if (ProcessHandle.of(pid).isPresent()) {
            assertThat(environment).contains(pid, versionPid);
        }

        barista.lambda().deleteFunction(request -> request.functionName(name));

        try {
            Processes.awaitAllGone(environment, GRACE, "after DeleteFunction");
        } finally {
            Processes.killAll(environment);
        }
    }

    @Test
    void anUpdateStopsTheEnvironmentsNoInvocationCanReachAnyMore() {
        String name = Barista.uniqueName("leak-update");
        barista.createPython(name);
        barista.invoke(name, Map.of());
        Set<Long> old = Processes.environmentOf(name);
        assertThat(old).isNotEmpty();

        barista.lambda().updateFunctionConfiguration(request -> request.functionName(name).description("retire"));
        barista.awaitUpdated(name);
        barista.invoke(name, Map.of());

        try {
            Processes.awaitAllGone(old, GRACE, "after UpdateFunctionConfiguration retired their environment");
        } finally {
            Processes.killAll(old);
        }
    }

    @Test
    void anIdleEnvironmentIsStoppedAfterTheKeepAlive() throws Exception {
        Path dataDirectory = Files.createTempDirectory("barista-it-keep-alive");
        Set<Long> environment = Set.of();
        try (Barista shortLived = Barista.start(Barista.config(dataDirectory, BaristaExtension.ACCOUNT_ID, 1000,
                Duration.ofSeconds(1)))) {
            String name = Barista.uniqueName("leak-idle");
            shortLived.createPython(name);
            String first = Json.payload(shortLived.invoke(name, Map.of())).get("initId").asText();
            environment = Processes.environmentOf(name);
            assertThat(environment).isNotEmpty();

            Processes.awaitAllGone(environment, Duration.ofSeconds(30), "after a keep-alive of 1 s");

            assertThat(Json.payload(shortLived.invoke(name, Map.of())).get("initId").asText())
                    .as("a cold start after eviction").isNotEqualTo(first);
        } finally {
            Processes.killAll(environment);
            BaristaExtension.deleteRecursively(dataDirectory);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"python3.11", "nodejs20.x", "java21", "provided.al2023"})
    void aTimeoutStopsEveryProcessOfTheEnvironment(String runtime) {
        String name = Barista.uniqueName("leak-timeout");
        switch (runtime) {
            case "python3.11" -> barista.createPython(name, request -> request.timeout(1));
            case "nodejs20.x" -> barista.create(name, runtime, "index.handler", Packages.nodeProbe(),
                    request -> request.timeout(1));
            case "java21" -> barista.create(name, runtime, "dev.barista.it.functions.ProbeHandler::handleRequest",
                    Packages.javaFunctions(false), request -> request.timeout(2));
            default -> barista.create(name, runtime, "my.handler", Packages.bootstrap(), request -> request.timeout(1));
        }
        assertThat(barista.invoke(name, Map.of()).functionError()).isNull();
        Set<Long> environment = Processes.environmentOf(name);
        assertThat(environment).isNotEmpty();

        InvokeResponse timedOut = barista.invoke(name, Map.of("action", "sleep", "seconds", 30));

        try {
            assertThat(timedOut.functionError()).as("%s", timedOut.payload().asUtf8String()).isEqualTo("Unhandled");
            assertThat(Json.payload(timedOut).get("errorMessage").asText()).contains("Task timed out after");
            Processes.awaitAllGone(environment, GRACE, "after a timeout of " + runtime);
        } finally {
            Processes.killAll(environment);
        }
        assertThat(barista.invoke(name, Map.of()).functionError()).as("the next invocation works").isNull();
    }

    @Test
    void aCrashLeavesNoProcessBehind() {
        String name = Barista.uniqueName("leak-crash");
        barista.createPython(name);
        barista.invoke(name, Map.of());
        Set<Long> environment = Processes.environmentOf(name);
        assertThat(environment).isNotEmpty();

        JsonNode error = Json.payload(barista.invoke(name, Map.of("action", "exit")));

        try {
            assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ExitError");
            Processes.awaitAllGone(environment, GRACE, "after the function's process exited");
        } finally {
            Processes.killAll(environment);
        }
        assertThat(barista.invoke(name, Map.of()).functionError()).isNull();
    }
}
