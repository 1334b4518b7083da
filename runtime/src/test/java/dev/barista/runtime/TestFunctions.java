package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the configurations, specs and events the launcher tests use. */
final class TestFunctions {
    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";

    private TestFunctions() {
    }

    static FunctionConfiguration function(String name, Runtime runtime, String handler, int memoryMegabytes) {
        return new FunctionConfiguration(name, FunctionConfiguration.LATEST, runtime,
                "arn:aws:iam::000000000000:role/test", handler, "", 3, memoryMegabytes, 512, Map.of(),
                Architecture.X86_64, new CodeArtifact("sha", 1, 1), Instant.EPOCH, "revision-1",
                FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }

    /** A spec with the reserved variables core sets, plus {@code extra}. */
    static EnvironmentSpec spec(FunctionConfiguration function, Path code, CollectingLogSink sink,
            Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", function.functionName(),
                "AWS_LAMBDA_FUNCTION_VERSION", function.version(),
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMegabytes()),
                "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.functionName(),
                "AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]test",
                "AWS_REGION", "us-east-1",
                "AWS_DEFAULT_REGION", "us-east-1"));
        variables.putAll(extra);
        return new EnvironmentSpec("environment-" + UUID.randomUUID(), function, code, variables, sink);
    }

    static EnvironmentSpec spec(FunctionConfiguration function, Path code, CollectingLogSink sink) {
        return spec(function, code, sink, Map.of());
    }

    static InvocationPayload event(String json, Duration timeout) {
        return new InvocationPayload(UUID.randomUUID().toString(), json.getBytes(StandardCharsets.UTF_8),
                ARN + "test", Instant.now().plus(timeout), "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
                null, null);
    }

    static InvocationPayload event(String json) {
        return event(json, Duration.ofSeconds(20));
    }
}
