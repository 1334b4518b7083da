package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.ExternalServer;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * kill -9 of the server process: functions acknowledged before the kill are there after a restart on the same
 * data directory and run, and no environment of the killed server is left running (they are its child processes;
 * they must notice that their parent and its Runtime API are gone).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {
    private final Path dataDirectory;
    /** Function name to the mark its payload carries ("" for runtimes without one). */
    private final Map<String, String> functions = new LinkedHashMap<>();
    private final Set<Long> environmentsOfKilledServer = new HashSet<>();
    private final String createdJustBeforeTheKill = Barista.uniqueName("crash-last");
    private ExternalServer restarted;

    CrashRecoveryIT() throws Exception {
        dataDirectory = Files.createTempDirectory("barista-it-crash");
        try (ExternalServer server = ExternalServer.start(dataDirectory);
                Barista client = Barista.connect(server.endpointUrl())) {
            String python = Barista.uniqueName("crash-python");
            String node = Barista.uniqueName("crash-node");
            String java = Barista.uniqueName("crash-java");
            String provided = Barista.uniqueName("crash-provided");
            client.create(python, "python3.11", "app.handler", Packages.pythonProbe("before-kill"));
            client.create(node, "nodejs20.x", "index.handler", Packages.nodeProbe());
            client.create(java, "java21", "dev.barista.it.functions.ProbeHandler::handleRequest",
                    Packages.javaFunctions(false));
            client.create(provided, "provided.al2023", "my.handler", Packages.bootstrap());
            for (String name : List.of(python, node, java, provided)) {
                var response = client.invoke(name, Map.of());
                assertThat(response.functionError()).as(name).isNull();
                // The function's own view of its process id (python, node and java report it as "pid").
                long pid = Json.payload(response).path("pid").asLong(0);
                if (pid > 0 && ProcessHandle.of(pid).isPresent()) {
                    environmentsOfKilledServer.add(pid);
                }
                environmentsOfKilledServer.addAll(Processes.environmentOf(name, server.handle()));
            }
            environmentsOfKilledServer.addAll(Processes.descendantsOf(server.handle()));
            functions.put(python, "before-kill");
            functions.put(node, "");
            functions.put(java, "");
            functions.put(provided, "");

            // Acknowledged, never invoked: the kill follows the response at once.
            client.lambda().createFunction(request -> request.functionName(createdJustBeforeTheKill)
                    .runtime("python3.11").handler("app.handler").role(Barista.ROLE)
                    .code(code -> code.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(
                            Packages.pythonProbe("last")))));
            server.kill();
        }
        functions.put(createdJustBeforeTheKill, "last");
    }

    @Test
    @Order(1)
    void noEnvironmentOfTheKilledServerKeepsRunning() {
        assertThat(environmentsOfKilledServer).as("the killed server had environment processes").isNotEmpty();

        Processes.awaitAllGone(environmentsOfKilledServer, Duration.ofSeconds(30), "after kill -9 of their server");
    }

    @Test
    @Order(2)
    void aRestartOnTheSameDataDirectoryHasEveryAcknowledgedFunctionAndRunsIt() {
        restarted = ExternalServer.start(dataDirectory);
        try (Barista client = Barista.connect(restarted.endpointUrl())) {
            for (Map.Entry<String, String> function : functions.entrySet()) {
                String name = function.getKey();
                assertThat(client.lambda().getFunction(request -> request.functionName(name)).configuration()
                        .functionName()).isEqualTo(name);
                client.awaitActive(name);
                var response = client.invoke(name, Map.of());
                assertThat(response.functionError()).as("%s: %s", name, response.payload().asUtf8String()).isNull();
                if (!function.getValue().isEmpty()) {
                    assertThat(Json.payload(response).get("mark").asText()).isEqualTo(function.getValue());
                }
            }
        }
    }

    @Test
    @Order(3)
    void sigtermStopsTheServerGracefullyWithItsEnvironments() throws Exception {
        if (restarted == null) {
            restarted = ExternalServer.start(dataDirectory);
        }
        Set<Long> environments = new HashSet<>();
        try (Barista client = Barista.connect(restarted.endpointUrl())) {
            for (String name : functions.keySet()) {
                client.invoke(name, Map.of());
                environments.addAll(Processes.environmentOf(name, restarted.handle()));
            }
        }
        assertThat(environments).isNotEmpty();

        int exitCode = restarted.stop();

        Processes.awaitAllGone(environments, Duration.ofSeconds(10), "after SIGTERM to the server");
        assertThat(exitCode).as("exit code after SIGTERM (128+15 when the JVM exits on the signal)").isIn(0, 143);
    }

    @AfterAll
    void cleanUp() throws Exception {
        Processes.killAll(environmentsOfKilledServer);
        if (restarted != null) {
            restarted.close();
        }
        BaristaExtension.deleteRecursively(dataDirectory);
    }
}
