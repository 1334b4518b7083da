package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ListAliasesResponse;
import software.amazon.awssdk.services.lambda.model.ListVersionsByFunctionResponse;

/** A graceful close stops every environment, and a new server on the same data directory has everything. */
class PersistenceIT {
    private Path dataDirectory;

    @BeforeEach
    void createDataDirectory() throws Exception {
        dataDirectory = Files.createTempDirectory("barista-it-persistence");
    }

    @AfterEach
    void deleteDataDirectory() throws Exception {
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    @Test
    void functionsVersionsAliasesConcurrencyAndTagsSurviveARestart() {
        String name = Barista.uniqueName("persistent");
        GetFunctionResponse function;
        ListVersionsByFunctionResponse versions;
        ListAliasesResponse aliases;
        try (Barista first = Barista.start(dataDirectory)) {
            LambdaClient lambda = first.lambda();
            first.create(name, "python3.11", "app.handler", Packages.pythonProbe("v1"), request -> request
                    .memorySize(256).timeout(7).description("kept")
                    .environment(environment -> environment.variables(Map.of("KEPT", "yes")))
                    .tags(Map.of("team", "core")));
            lambda.publishVersion(request -> request.functionName(name));
            lambda.updateFunctionCode(request -> request.functionName(name)
                    .zipFile(SdkBytes.fromByteArray(Packages.pythonProbe("v2"))));
            first.awaitUpdated(name);
            lambda.publishVersion(request -> request.functionName(name));
            lambda.updateFunctionCode(request -> request.functionName(name)
                    .zipFile(SdkBytes.fromByteArray(Packages.pythonProbe("latest"))));
            first.awaitUpdated(name);
            lambda.createAlias(request -> request.functionName(name).name("prod").functionVersion("1"));
            lambda.createAlias(request -> request.functionName(name).name("canary").functionVersion("1")
                    .routingConfig(routing -> routing.additionalVersionWeights(Map.of("2", 1.0))));
            lambda.putFunctionConcurrency(request -> request.functionName(name).reservedConcurrentExecutions(7));
            lambda.tagResource(request -> request.resource(lambda.getFunction(get -> get.functionName(name))
                    .configuration().functionArn()).tags(Map.of("stage", "test")));
            first.invoke(name, Map.of());

            function = lambda.getFunction(request -> request.functionName(name));
            versions = lambda.listVersionsByFunction(request -> request.functionName(name));
            aliases = lambda.listAliases(request -> request.functionName(name));
        }

        try (Barista second = Barista.start(dataDirectory)) {
            LambdaClient lambda = second.lambda();
            GetFunctionResponse restored = lambda.getFunction(request -> request.functionName(name));
            assertThat(restored.configuration()).isEqualTo(function.configuration());
            assertThat(restored.tags()).isEqualTo(Map.of("team", "core", "stage", "test"));
            assertThat(restored.concurrency().reservedConcurrentExecutions()).isEqualTo(7);
            assertThat(lambda.listVersionsByFunction(request -> request.functionName(name)).versions())
                    .isEqualTo(versions.versions());
            assertThat(lambda.listAliases(request -> request.functionName(name)).aliases()).isEqualTo(aliases.aliases());

            InvokeResponse latest = second.invoke(name, Map.of("action", "environment"));
            assertThat(Json.payload(latest).get("variables").get("KEPT").asText()).isEqualTo("yes");
            assertThat(Json.payload(second.invoke(name, Map.of())).get("mark").asText()).isEqualTo("latest");
            assertThat(Json.payload(second.invoke(name + ":1", Map.of())).get("mark").asText()).isEqualTo("v1");
            InvokeResponse prod = second.invoke(name + ":prod", Map.of());
            assertThat(prod.executedVersion()).isEqualTo("1");
            InvokeResponse canary = second.invoke(name + ":canary", Map.of());
            assertThat(canary.executedVersion()).isEqualTo("2");
            assertThat(Json.payload(canary).get("mark").asText()).isEqualTo("v2");
        }
    }

    @Test
    void closingTheServerStopsEveryEnvironment() {
        Set<Long> environments = new HashSet<>();
        try {
            try (Barista barista = Barista.start(dataDirectory)) {
                String python = Barista.uniqueName("close-python");
                String node = Barista.uniqueName("close-node");
                String java = Barista.uniqueName("close-java");
                String provided = Barista.uniqueName("close-provided");
                barista.createPython(python);
                barista.create(node, "nodejs20.x", "index.handler", Packages.nodeProbe());
                barista.create(java, "java21", "dev.barista.it.functions.ProbeHandler::handleRequest",
                        Packages.javaFunctions(false));
                barista.create(provided, "provided.al2023", "my.handler", Packages.bootstrap());
                for (String name : List.of(python, node, java, provided)) {
                    assertThat(barista.invoke(name, Map.of()).functionError()).as(name).isNull();
                    Set<Long> environment = Processes.environmentOf(name);
                    assertThat(environment).as("processes of %s", name).isNotEmpty();
                    environments.addAll(environment);
                }
            }

            Processes.awaitAllGone(environments, Duration.ofSeconds(10), "after BaristaServer.close()");
        } finally {
            Processes.killAll(environments);
        }
    }
}
