package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.LogsClients;
import dev.barista.it.support.Packages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.model.ApplicationLogLevel;
import software.amazon.awssdk.services.lambda.model.FileSystemConfig;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.LoggingConfig;
import software.amazon.awssdk.services.lambda.model.SnapStartResponse;
import software.amazon.awssdk.services.lambda.model.TracingConfigResponse;
import software.amazon.awssdk.services.lambda.model.VpcConfigResponse;
import software.amazon.awssdk.services.lambda.model.LogFormat;
import software.amazon.awssdk.services.lambda.model.SnapStartApplyOn;
import software.amazon.awssdk.services.lambda.model.SnapStartOptimizationStatus;
import software.amazon.awssdk.services.lambda.model.SystemLogLevel;
import software.amazon.awssdk.services.lambda.model.TracingMode;

/**
 * TracingConfig, LoggingConfig, KMSKeyArn, VpcConfig, FileSystemConfigs and SnapStart through the AWS SDK: stored,
 * merged, kept by versions and answered in Lambda's shapes; and a real function's logs in the configured group, in
 * the configured format.
 */
@ExtendWith(BaristaExtension.class)
class FunctionSettingsIT {
    private static final String KEY = "arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String ACCESS_POINT =
            "arn:aws:elasticfilesystem:us-east-1:000000000000:access-point/fsap-0123456789abcdef0";
    private static final String PRINTER = """
            def handler(event, context):
                print("hello " + event["tag"])
                return "done"
            """;
    private static final String LOGGER = """
            import logging

            def handler(event, context):
                logger = logging.getLogger("app")
                logger.info("info " + event["tag"])
                logger.warning("warn " + event["tag"])
                print("printed " + event["tag"])
                return "done"
            """;

    @Test
    void everySettingIsAnsweredAsSetByEveryOperationAndVersionsKeepTheirOwn(Barista barista) {
        String name = Barista.uniqueName("settings");
        var created = barista.lambda().createFunction(request -> request.functionName(name).runtime("python3.11")
                .handler("app.handler").role("arn:aws:iam::000000000000:role/lambda")
                .code(code -> code.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(Packages.pythonProbe())))
                .tracingConfig(tracing -> tracing.mode(TracingMode.ACTIVE))
                .loggingConfig(logging -> logging.logFormat(LogFormat.JSON).logGroup("/my/app"))
                .kmsKeyArn(KEY)
                .vpcConfig(vpc -> vpc.subnetIds("subnet-1", "subnet-2").securityGroupIds("sg-1"))
                .fileSystemConfigs(fs -> fs.arn(ACCESS_POINT).localMountPath("/mnt/data"))
                .snapStart(snap -> snap.applyOn(SnapStartApplyOn.PUBLISHED_VERSIONS)));
        barista.awaitActive(name);

        var configuration = barista.lambda().getFunctionConfiguration(request -> request.functionName(name));
        List<Settings> answers = List.of(
                new Settings(created.tracingConfig(), created.loggingConfig(), created.kmsKeyArn(),
                        created.vpcConfig(), created.fileSystemConfigs(), created.snapStart()),
                Settings.of(barista.lambda().getFunction(request -> request.functionName(name)).configuration()),
                new Settings(configuration.tracingConfig(), configuration.loggingConfig(), configuration.kmsKeyArn(),
                        configuration.vpcConfig(), configuration.fileSystemConfigs(), configuration.snapStart()),
                Settings.of(barista.lambda().listFunctionsPaginator(request -> { }).functions().stream()
                        .filter(function -> function.functionName().equals(name)).findFirst().orElseThrow()));
        for (Settings answer : answers) {
            assertThat(answer.tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
            assertThat(answer.loggingConfig().logFormat()).isEqualTo(LogFormat.JSON);
            assertThat(answer.loggingConfig().applicationLogLevel()).isEqualTo(ApplicationLogLevel.INFO);
            assertThat(answer.loggingConfig().systemLogLevel()).isEqualTo(SystemLogLevel.INFO);
            assertThat(answer.loggingConfig().logGroup()).isEqualTo("/my/app");
            assertThat(answer.kmsKeyArn()).isEqualTo(KEY);
            assertThat(answer.vpcConfig().subnetIds()).containsExactly("subnet-1", "subnet-2");
            assertThat(answer.vpcConfig().securityGroupIds()).containsExactly("sg-1");
            assertThat(answer.vpcConfig().vpcId()).isEmpty();
            assertThat(answer.vpcConfig().ipv6AllowedForDualStack()).isFalse();
            assertThat(answer.fileSystemConfigs()).singleElement().satisfies(fs -> {
                assertThat(fs.arn()).isEqualTo(ACCESS_POINT);
                assertThat(fs.localMountPath()).isEqualTo("/mnt/data");
            });
            assertThat(answer.snapStart().applyOn()).isEqualTo(SnapStartApplyOn.PUBLISHED_VERSIONS);
            assertThat(answer.snapStart().optimizationStatus()).isEqualTo(SnapStartOptimizationStatus.OFF);
        }

        var published = barista.lambda().publishVersion(request -> request.functionName(name));
        var updated = barista.lambda().updateFunctionConfiguration(request -> request.functionName(name)
                .loggingConfig(logging -> logging.systemLogLevel(SystemLogLevel.WARN))
                .tracingConfig(tracing -> tracing.mode(TracingMode.PASS_THROUGH)).kmsKeyArn("")
                .vpcConfig(vpc -> vpc.subnetIds(List.of()).securityGroupIds(List.of())));
        barista.awaitUpdated(name);

        assertThat(published.tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(updated.tracingConfig().mode()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(updated.loggingConfig().logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(updated.loggingConfig().systemLogLevel()).isEqualTo(SystemLogLevel.WARN);
        assertThat(updated.loggingConfig().logGroup()).isEqualTo("/my/app");
        assertThat(updated.kmsKeyArn()).isNull();
        assertThat(updated.vpcConfig()).isNull();
        assertThat(updated.fileSystemConfigs()).hasSize(1);
        var versions = barista.lambda().listVersionsByFunction(request -> request.functionName(name)).versions();
        assertThat(versions).extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1");
        assertThat(versions.get(1).tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(versions.get(1).kmsKeyArn()).isEqualTo(KEY);
        assertThat(versions.get(1).loggingConfig().systemLogLevel()).isEqualTo(SystemLogLevel.INFO);
        assertThat(versions.get(0).loggingConfig().systemLogLevel()).isEqualTo(SystemLogLevel.WARN);
    }

    @Test
    void aFunctionWithoutSettingsAnswersLambdasDefaults(Barista barista) {
        String name = Barista.uniqueName("plain");
        FunctionConfiguration created = barista.createPython(name);

        assertThat(created.tracingConfig().mode()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(created.loggingConfig().logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(created.loggingConfig().applicationLogLevel()).isNull();
        assertThat(created.loggingConfig().systemLogLevel()).isNull();
        assertThat(created.loggingConfig().logGroup()).isEqualTo("/aws/lambda/" + name);
        assertThat(created.kmsKeyArn()).isNull();
        assertThat(created.vpcConfig()).isNull();
        assertThat(created.fileSystemConfigs()).isEmpty();
        assertThat(created.snapStart().applyOn()).isEqualTo(SnapStartApplyOn.NONE);
    }

    @Test
    void badSettingsAreRefusedWithLambdasErrors(Barista barista) {
        var textWithLevel = assertAwsError(400, "InvalidParameterValueException", () -> barista.createPython(
                Barista.uniqueName("refused"), request -> request.loggingConfig(logging -> logging
                        .logFormat(LogFormat.TEXT).applicationLogLevel(ApplicationLogLevel.DEBUG))));
        assertThat(message(textWithLevel)).isEqualTo("LogLevel is not supported when LogFormat is set to \"Text\"."
                + " Remove LogLevel from your request or change the LogFormat to \"Json\" and try again.");
        var mode = assertAwsError(400, "ValidationException", () -> barista.createPython(Barista.uniqueName("refused"),
                request -> request.tracingConfig(tracing -> tracing.mode("On"))));
        assertThat(message(mode)).isEqualTo("1 validation error detected: Value 'On' at 'tracingConfig.mode' failed"
                + " to satisfy constraint: Member must satisfy enum value set: [Active, PassThrough]");
        String name = Barista.uniqueName("updated");
        barista.createPython(name);
        assertAwsError(400, "ValidationException", () -> barista.lambda().updateFunctionConfiguration(request -> request
                .functionName(name).vpcConfig(vpc -> vpc.securityGroupIds("1", "2", "3", "4", "5", "6"))));
        assertAwsError(400, "ValidationException", () -> barista.lambda().updateFunctionConfiguration(request -> request
                .functionName(name).loggingConfig(logging -> logging.logGroup("bad group"))));
    }

    @Test
    void theConfiguredGroupGetsJsonPlatformRecordsAndAnUpdateMovesLaterLogs(Barista barista) {
        String name = Barista.uniqueName("grouped");
        String jsonGroup = "/my/app/" + name;
        String textGroup = "/other/" + name;
        barista.create(name, "python3.11", "app.handler", Packages.python(PRINTER), request -> request
                .loggingConfig(logging -> logging.logFormat(LogFormat.JSON).logGroup(jsonGroup)));
        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            barista.invoke(name, Map.of("tag", "json"));

            // At SystemLogLevel INFO (the default) Lambda sends platform.start and platform.report alone.
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> messages(logs, jsonGroup).size() >= 3);
            List<String> messages = messages(logs, jsonGroup);
            assertThat(messages).hasSize(3).contains("hello json\n");
            JsonNode start = Json.parse(messages.get(0));
            String requestId = start.path("record").path("requestId").asText();
            assertThat(start.path("type").asText()).isEqualTo("platform.start");
            assertThat(start.path("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            assertThat(start.path("record").path("version").asText()).isEqualTo("$LATEST");
            JsonNode report = Json.parse(messages.get(2));
            assertThat(report.path("type").asText()).isEqualTo("platform.report");
            assertThat(report.path("record").path("requestId").asText()).isEqualTo(requestId);
            assertThat(report.path("record").path("status").asText()).isEqualTo("success");
            assertThat(report.path("record").path("metrics").path("memorySizeMB").asInt()).isEqualTo(128);
            assertThat(report.path("record").path("metrics").path("billedDurationMs").isIntegralNumber()).isTrue();
            assertThat(report.path("record").path("metrics").has("initDurationMs")).isTrue();
            assertThat(logs.describeLogGroups(request -> request.logGroupNamePrefix("/aws/lambda/" + name))
                    .logGroups()).isEmpty();

            barista.lambda().updateFunctionConfiguration(request -> request.functionName(name)
                    .loggingConfig(logging -> logging.logFormat(LogFormat.TEXT).logGroup(textGroup)));
            barista.awaitUpdated(name);
            barista.invoke(name, Map.of("tag", "text"));

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> messages(logs, textGroup).size() >= 4);
            List<String> text = messages(logs, textGroup);
            assertThat(text.get(0)).startsWith("START RequestId: ");
            assertThat(text).contains("hello text\n");
            assertThat(text.get(2)).startsWith("END RequestId: ");
            assertThat(text.get(3)).startsWith("REPORT RequestId: ");
            assertThat(messages(logs, jsonGroup)).hasSize(3);
        }
    }

    @Test
    void theFunctionSeesItsLogGroupFormatAndLevelAsOnLambda(Barista barista) {
        String name = Barista.uniqueName("variables");
        barista.createPython(name, request -> request.loggingConfig(logging -> logging.logFormat(LogFormat.JSON)
                .applicationLogLevel(ApplicationLogLevel.WARN).logGroup("/my/variables")));

        JsonNode variables = Json.payload(barista.invoke(name, Map.of("action", "environment"))).get("variables");
        assertThat(variables.path("AWS_LAMBDA_LOG_GROUP_NAME").asText()).isEqualTo("/my/variables");
        assertThat(variables.path("AWS_LAMBDA_LOG_FORMAT").asText()).isEqualTo("JSON");
        assertThat(variables.path("AWS_LAMBDA_LOG_LEVEL").asText()).isEqualTo("WARN");

        barista.lambda().updateFunctionConfiguration(request -> request.functionName(name)
                .loggingConfig(logging -> logging.logFormat(LogFormat.TEXT)));
        barista.awaitUpdated(name);
        JsonNode text = Json.payload(barista.invoke(name, Map.of("action", "environment"))).get("variables");
        assertThat(text.has("AWS_LAMBDA_LOG_FORMAT")).isFalse();
        assertThat(text.has("AWS_LAMBDA_LOG_LEVEL")).isFalse();
    }

    @Test
    void systemLogLevelWarnLeavesOutThePlatformRecords(Barista barista) {
        String name = Barista.uniqueName("quiet");
        barista.create(name, "python3.11", "app.handler", Packages.python(PRINTER), request -> request
                .loggingConfig(logging -> logging.logFormat(LogFormat.JSON).systemLogLevel(SystemLogLevel.WARN)));
        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            barista.invoke(name, Map.of("tag", "one"));
            barista.invoke(name, Map.of("tag", "two"));

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> messages(logs, "/aws/lambda/" + name).size() >= 2);
            assertThat(messages(logs, "/aws/lambda/" + name)).containsExactly("hello one\n", "hello two\n");
        }
    }

    @Test
    void jsonApplicationLogsAreRecordsAtTheApplicationLevelAndPrintsStayAsPrinted(Barista barista) {
        String name = Barista.uniqueName("applogs");
        barista.create(name, "python3.11", "app.handler", Packages.python(LOGGER), request -> request
                .loggingConfig(logging -> logging.logFormat(LogFormat.JSON)
                        .applicationLogLevel(ApplicationLogLevel.WARN)));
        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            barista.invoke(name, Map.of("tag", "json"));

            String group = "/aws/lambda/" + name;
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> messages(logs, group).size() >= 4);
            List<String> messages = messages(logs, group);
            assertThat(messages).hasSize(4).noneMatch(message -> message.contains("info json"));
            String requestId = Json.parse(messages.get(0)).path("record").path("requestId").asText();
            JsonNode warning = Json.parse(messages.get(1));
            assertThat(warning.path("level").asText()).isEqualTo("WARNING");
            assertThat(warning.path("message").asText()).isEqualTo("warn json");
            assertThat(warning.path("logger").asText()).isEqualTo("app");
            assertThat(warning.path("requestId").asText()).isEqualTo(requestId).isNotEmpty();
            assertThat(warning.path("timestamp").asText())
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            assertThat(messages.get(2)).isEqualTo("printed json\n");
            assertThat(Json.parse(messages.get(3)).path("type").asText()).isEqualTo("platform.report");
        }
    }

    /** The settings members, which every response type of the SDK has under the same names. */
    private record Settings(TracingConfigResponse tracingConfig, LoggingConfig loggingConfig, String kmsKeyArn,
                            VpcConfigResponse vpcConfig, List<FileSystemConfig> fileSystemConfigs,
                            SnapStartResponse snapStart) {
        static Settings of(FunctionConfiguration answer) {
            return new Settings(answer.tracingConfig(), answer.loggingConfig(), answer.kmsKeyArn(),
                    answer.vpcConfig(), answer.fileSystemConfigs(), answer.snapStart());
        }
    }

    private static List<String> messages(CloudWatchLogsClient logs, String group) {
        return logs.filterLogEventsPaginator(request -> request.logGroupName(group)).events().stream()
                .map(FilteredLogEvent::message).toList();
    }
}
