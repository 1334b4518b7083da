package dev.barista.it.support;

import dev.barista.server.BaristaServer;
import dev.barista.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

/**
 * A Barista server (in this JVM, or reached over HTTP) with an AWS SDK v2 {@link LambdaClient} pointed at it,
 * and the few helpers every conformance test needs. The client does not retry, so that a 429 or 5xx is seen
 * exactly as the server answered it.
 */
public final class Barista implements AutoCloseable {
    public static final String ROLE = "arn:aws:iam::123456789012:role/barista-it";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final BaristaServer server;
    private final String endpointUrl;
    private final LambdaClient lambda;
    private final LambdaWaiter quickWaiter;

    private Barista(BaristaServer server, String endpointUrl) {
        this.server = server;
        this.endpointUrl = endpointUrl;
        this.lambda = client(endpointUrl);
        // The SDK's waiters poll once a second; these poll every 100 ms so that 60 creates do not cost a minute.
        this.quickWaiter = LambdaWaiter.builder().client(lambda)
                .overrideConfiguration(WaiterOverrideConfiguration.builder().maxAttempts(600)
                        .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(100))).build())
                .build();
    }

    /** Starts a server in this JVM on a free port. */
    public static Barista start(Path dataDirectory, String accountId) {
        ServerConfig defaults = ServerConfig.defaults();
        return start(config(dataDirectory, accountId, defaults.accountConcurrency(), defaults.keepAlive()));
    }

    public static Barista start(ServerConfig config) {
        BaristaServer server = BaristaServer.start(config);
        return new Barista(server, server.endpointUrl());
    }


    /** The defaults, on a free port, with the given data directory, account, concurrency and keep-alive. */
    public static ServerConfig config(Path dataDirectory, String accountId, int accountConcurrency, Duration keepAlive) {
        ServerConfig defaults = ServerConfig.defaults().withPort(0).withDataDirectory(dataDirectory);
        return new ServerConfig(defaults.port(), defaults.bindAddress(), defaults.dataDirectory(), accountId,
                defaults.region(), keepAlive, defaults.memoryBudgetMegabytes(), accountConcurrency,
                defaults.asyncRetryDelay(), defaults.asyncThrottleDelay(), defaults.asyncThrottleDelayMax(),
                defaults.metricsRetention(), defaults.priceTable(),
                defaults.logsMaximumMegabytes());
    }

    public static Barista start(Path dataDirectory) {
        return start(dataDirectory, ServerConfig.defaults().accountId());
    }

    /** A client for a server running elsewhere (another process); {@link #close()} closes only the client. */
    public static Barista connect(String endpointUrl) {
        return new Barista(null, endpointUrl);
    }

    public static LambdaClient client(String endpointUrl) {
        return LambdaClient.builder()
                .endpointOverride(URI.create(endpointUrl))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(120)))
                .overrideConfiguration(override -> override
                        .apiCallTimeout(Duration.ofSeconds(150))
                        .retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    public LambdaClient lambda() {
        return lambda;
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public BaristaServer server() {
        return server;
    }

    /** A function name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** Creates a function and waits (with the SDK's FunctionActiveV2 waiter) until it is Active. */
    public FunctionConfiguration create(String name, String runtime, String handler, byte[] zip,
            Consumer<CreateFunctionRequest.Builder> customizer) {
        CreateFunctionRequest.Builder request = CreateFunctionRequest.builder()
                .functionName(name).runtime(runtime).handler(handler).role(ROLE)
                .code(code -> code.zipFile(SdkBytes.fromByteArray(zip)));
        customizer.accept(request);
        lambda.createFunction(request.build());
        return awaitActive(name);
    }

    public FunctionConfiguration create(String name, String runtime, String handler, byte[] zip) {
        return create(name, runtime, handler, zip, request -> { });
    }

    public FunctionConfiguration createPython(String name, Consumer<CreateFunctionRequest.Builder> customizer) {
        return create(name, "python3.11", "app.handler", Packages.pythonProbe(), customizer);
    }

    public FunctionConfiguration createPython(String name) {
        return createPython(name, request -> { });
    }

    public FunctionConfiguration awaitActive(String name) {
        return quickWaiter.waitUntilFunctionActiveV2(request -> request.functionName(name)).matched().response()
                .orElseThrow().configuration();
    }

    public FunctionConfiguration awaitUpdated(String name) {
        return quickWaiter.waitUntilFunctionUpdatedV2(request -> request.functionName(name)).matched().response()
                .orElseThrow().configuration();
    }

    /** A synchronous invocation with {@code event} serialized as JSON. */
    public InvokeResponse invoke(String functionName, Object event) {
        return lambda.invoke(request -> request.functionName(functionName).payload(Json.bytes(event)));
    }

    public InvokeResponse invoke(Consumer<InvokeRequest.Builder> request) {
        return lambda.invoke(request);
    }

    @Override
    public void close() {
        lambda.close();
        if (server != null) {
            server.close();
        }
    }
}
