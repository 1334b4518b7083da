package dev.barista.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.auth.SigV4Authorization;
import dev.barista.aws.auth.Verification;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.FakeCodeStore;
import dev.barista.core.invoke.InvokeResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionEventInvokeConfig;
import software.amazon.awssdk.services.lambda.model.PutFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.LogFormat;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.SnapStartApplyOn;
import software.amazon.awssdk.services.lambda.model.SnapStartOptimizationStatus;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.ThrottleReason;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;
import software.amazon.awssdk.services.lambda.model.TracingMode;

/**
 * The real AWS SDK for Java 2.40.2, its marshallers and unmarshallers, against the gateway in-process: what the
 * adapter answers is what the SDK expects.
 */
class LambdaSdkConformanceTest {
    private final LambdaFixture lambda = new LambdaFixture();
    private final List<SigV4Authorization> signatures = new ArrayList<>();
    private final AwsGateway gateway = AwsGateway.builder()
            .restJson(new LambdaService(lambda.functions, lambda.invoker, lambda.mappings,
                    lambda.eventInvokeConfigs))
            .signatureVerifier((request, authorization) -> {
                signatures.add(authorization);
                return new Verification.Accepted();
            })
            .requestIds(() -> "request-1")
            .build();
    private final LambdaClient client = LambdaClient.builder()
            .httpClient(new InProcessHttpClient(gateway))
            .endpointOverride(URI.create("http://localhost:4566"))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .overrideConfiguration(configuration -> configuration.retryStrategy(DefaultRetryStrategy.doNotRetry()))
            .build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createFunctionAnswersEveryMemberTheSdkReads() {
        CreateFunctionResponse created = create("sdk");

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionName()).isEqualTo("sdk");
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:sdk");
        assertThat(created.runtime()).isEqualTo(Runtime.PYTHON3_12);
        assertThat(created.role()).isEqualTo(LambdaFixture.ROLE);
        assertThat(created.handler()).isEqualTo("app.handler");
        assertThat(created.codeSize()).isEqualTo(5);
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.lastModified()).isEqualTo("2024-01-01T12:00:00.000+0000");
        assertThat(created.codeSha256()).hasSize(44);
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.environment().variables()).containsEntry("STAGE", "test");
        assertThat(created.state()).isEqualTo(State.ACTIVE);
        assertThat(created.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(created.packageType()).isEqualTo(PackageType.ZIP);
        assertThat(created.architectures()).containsExactly(Architecture.X86_64);
        assertThat(created.ephemeralStorage().size()).isEqualTo(512);
        assertThat(created.tracingConfig().mode()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(created.snapStart().applyOn()).isEqualTo(SnapStartApplyOn.NONE);
        assertThat(created.snapStart().optimizationStatus()).isEqualTo(SnapStartOptimizationStatus.OFF);
        assertThat(created.loggingConfig().logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(created.loggingConfig().logGroup()).isEqualTo("/aws/lambda/sdk");
        assertThat(created.runtimeVersionConfig().runtimeVersionArn()).startsWith("arn:aws:lambda:us-east-1::runtime:");
        assertThat(created.revisionId()).isNotEmpty();
    }

    @Test
    void eventInvokeConfigsAreWhatTheSdkReads() {
        create("sdk");

        PutFunctionEventInvokeConfigResponse put = client.putFunctionEventInvokeConfig(request -> request
                .functionName("sdk").maximumRetryAttempts(1).destinationConfig(destinations -> destinations.onFailure(
                        failure -> failure.destination("arn:aws:sqs:us-east-1:123456789012:failures"))));
        List<FunctionEventInvokeConfig> listed = client.listFunctionEventInvokeConfigs(request -> request
                .functionName("sdk")).functionEventInvokeConfigs();

        assertThat(put.lastModified()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(put.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:sdk:$LATEST");
        assertThat(put.maximumRetryAttempts()).isEqualTo(1);
        assertThat(put.destinationConfig().onFailure().destination())
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:failures");
        assertThat(put.destinationConfig().onSuccess().destination()).isNull();
        assertThat(listed).singleElement().satisfies(config -> {
            assertThat(config.functionArn()).isEqualTo(put.functionArn());
            assertThat(config.lastModified()).isEqualTo(put.lastModified());
            assertThat(config.maximumEventAgeInSeconds()).isNull();
        });
        assertThatThrownBy(() -> client.getFunctionEventInvokeConfig(request -> request.functionName("sdk")
                .qualifier("nope"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void requestsAreSignedWithTheLambdaCredentialScope() {
        create("signed");

        assertThat(signatures).isNotEmpty().allSatisfy(signature -> {
            assertThat(signature.credential().accessKeyId()).isEqualTo("AKIDEXAMPLE");
            assertThat(signature.credential().region()).isEqualTo("us-east-1");
            assertThat(signature.credential().service()).isEqualTo("lambda");
        });
    }

    @Test
    void getFunctionByArnAnswersTheCodeLocationAndTheWaiterSeesItActive() {
        CreateFunctionResponse created = create("sdk");

        GetFunctionResponse function = client.getFunction(request -> request.functionName(created.functionArn()));

        assertThat(function.configuration().revisionId()).isEqualTo(created.revisionId());
        assertThat(function.code().repositoryType()).isEqualTo("S3");
        assertThat(function.code().location()).startsWith("http://localhost:4566/_barista/code/");
        assertThat(client.waiter().waitUntilFunctionActiveV2(request -> request.functionName("sdk")).matched()
                .response()).isPresent();
    }

    @Test
    void invokeAnswersPayloadAndHeadersTheSdkReads() {
        create("sdk");
        lambda.invoker.answer = request -> new InvokeResult(200, request.payload(), "Unhandled", "$LATEST",
                "bG9n", "invocation-1");

        InvokeResponse response = client.invoke(request -> request.functionName("sdk").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"a\":1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.payload().asUtf8String()).isEqualTo("{\"a\":1}");
        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.logResult()).isEqualTo("bG9n");
        assertThat(response.responseMetadata().requestId()).isEqualTo("invocation-1");
    }

    @Test
    void errorsBecomeTheSdksExceptionClasses() {
        assertThatThrownBy(() -> client.getFunction(request -> request.functionName("missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, exception -> {
                    assertThat(exception.statusCode()).isEqualTo(404);
                    assertThat(exception.awsErrorDetails().errorMessage()).isEqualTo(
                            "Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing");
                    assertThat(exception.requestId()).isEqualTo("request-1");
                    assertThat(exception.type()).isEqualTo("User");
                });
    }

    @Test
    void aThrottleBecomesTooManyRequestsWithItsReason() {
        create("sdk");
        lambda.invoker.answer = request -> {
            throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, "Rate Exceeded.",
                    "ReservedFunctionConcurrentInvocationLimitExceeded");
        };

        assertThatThrownBy(() -> client.invoke(request -> request.functionName("sdk")))
                .isInstanceOfSatisfying(TooManyRequestsException.class, exception -> assertThat(exception.reason())
                        .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void anOperationBaristaLacksIsA501NamingIt() {
        assertThatThrownBy(() -> client.listCodeSigningConfigs(request -> request.maxItems(5)))
                .isInstanceOfSatisfying(LambdaException.class, exception -> {
                    assertThat(exception.statusCode()).isEqualTo(501);
                    assertThat(exception.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                    assertThat(exception.awsErrorDetails().errorMessage())
                            .isEqualTo("Barista does not support the Lambda operation ListCodeSigningConfigs yet.");
                });
    }

    @Test
    void theListingPaginatorFollowsNextMarker() {
        create("a");
        create("b");
        create("c");

        List<String> names = client.listFunctionsPaginator(request -> request.maxItems(1)).functions().stream()
                .map(FunctionConfiguration::functionName).toList();

        assertThat(names).containsExactly("a", "b", "c");
    }

    @Test
    void versionsAliasesConcurrencyTagsAndAccountThroughTheSdk() {
        CreateFunctionResponse created = create("sdk");

        assertThat(client.publishVersion(request -> request.functionName("sdk")).version()).isEqualTo("1");
        assertThat(client.createAlias(request -> request.functionName("sdk").name("live").functionVersion("1"))
                .aliasArn()).isEqualTo(created.functionArn() + ":live");
        assertThat(client.listAliases(request -> request.functionName("sdk")).aliases()).hasSize(1);
        assertThat(client.listVersionsByFunction(request -> request.functionName("sdk")).versions()).hasSize(2);
        assertThat(client.putFunctionConcurrency(request -> request.functionName("sdk")
                .reservedConcurrentExecutions(7)).reservedConcurrentExecutions()).isEqualTo(7);
        assertThat(client.getFunctionConcurrency(request -> request.functionName("sdk"))
                .reservedConcurrentExecutions()).isEqualTo(7);
        client.tagResource(request -> request.resource(created.functionArn()).tags(Map.of("a", "1", "b", "2")));
        client.untagResource(request -> request.resource(created.functionArn()).tagKeys("b"));
        assertThat(client.listTags(request -> request.resource(created.functionArn())).tags())
                .containsExactlyEntriesOf(Map.of("a", "1"));
        assertThat(client.getAccountSettings().accountLimit().concurrentExecutions()).isEqualTo(1000);
        client.deleteAlias(request -> request.functionName("sdk").name("live"));
        client.deleteFunction(request -> request.functionName("sdk"));
        assertThat(client.listFunctions().functions()).isEmpty();
    }

    private CreateFunctionResponse create(String name) {
        return client.createFunction(request -> request.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(LambdaFixture.ROLE).handler("app.handler")
                .environment(environment -> environment.variables(Map.of("STAGE", "test")))
                .code(code -> code.zipFile(SdkBytes.fromByteArray(FakeCodeStore.zip(name)))));
    }
}
