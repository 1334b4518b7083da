package dev.barista.server;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.lambda.CodeLocations;
import dev.barista.aws.lambda.JsonAsyncDocuments;
import dev.barista.aws.lambda.LambdaService;
import dev.barista.aws.lambda.events.JacksonSqsEventCodec;
import dev.barista.core.eventsource.EventSourceMappingService;
import dev.barista.core.eventsource.SqsEventCodec;
import dev.barista.core.eventsource.SqsPollers;
import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.cost.CostService;
import dev.barista.aws.logs.LogsService;
import dev.barista.aws.sqs.SqsJsonService;
import dev.barista.aws.sqs.SqsQueryService;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.CodeCollector;
import dev.barista.core.function.CodeGuard;
import dev.barista.core.function.FunctionService;
import dev.barista.core.invoke.AsyncInvocationObserver;
import dev.barista.core.invoke.AsyncInvoker;
import dev.barista.core.invoke.AsyncPorts;
import dev.barista.core.invoke.AsyncSettings;
import dev.barista.core.invoke.EnvironmentVariables;
import dev.barista.core.invoke.InvocationObserver;
import dev.barista.core.invoke.InvocationService;
import dev.barista.core.invoke.SynchronousInvoker;
import dev.barista.core.invoke.VirtualThreadTimer;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.metering.Meter;
import dev.barista.core.logs.LogService;
import dev.barista.core.logs.LogSettings;
import dev.barista.core.queue.QueueService;
import dev.barista.core.queue.QueueSettings;
import dev.barista.core.scheduler.EnvironmentPool;
import dev.barista.core.scheduler.PoolSettings;
import dev.barista.http.BlockingHttpServer;
import dev.barista.server.cost.CostEndpoint;
import dev.barista.storage.sqlite.SqliteMeteringStore;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: builds every component from a {@link ServerConfig}, serves every AWS API on one port, and
 * stops it all, every execution environment included, on {@link #close}.
 */
public final class BaristaServer implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(BaristaServer.class.getName());
    /** CreateFunction carries a 50 MB zip as base64 in JSON. */
    private static final long MAX_REQUEST_BYTES = 80L * 1024 * 1024;
    /** Far more than the connection pools of the SDKs and the CLI open; each connection has a thread (ADR 0013). */
    private static final int MAX_CONNECTIONS = 4096;
    /** Longer than the SDKs keep an idle pooled connection (60 s in the Java SDK v2). */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final BlockingHttpServer webServer;
    private final String endpointUrl;
    private final Deque<AutoCloseable> closeables;

    private BaristaServer(BlockingHttpServer webServer, String endpointUrl, Deque<AutoCloseable> closeables) {
        this.webServer = webServer;
        this.endpointUrl = endpointUrl;
        this.closeables = closeables;
    }

    /** Opens the stores under the data directory, recovers accepted asynchronous invocations, and listens. */
    public static BaristaServer start(ServerConfig config) {
        Deque<AutoCloseable> closeables = new ArrayDeque<>();
        try {
            return start(config, closeables);
        } catch (RuntimeException failure) {
            closeAll(closeables);
            throw failure;
        }
    }

    private static BaristaServer start(ServerConfig config, Deque<AutoCloseable> closeables) {
        Clock clock = Clock.systemUTC();
        Storage storage = Storage.open(config.dataDirectory());
        closeables.push(storage);
        // Closed after every environment stopped, before the database: its last flush holds every invocation.
        SqliteMeteringStore metering = new SqliteMeteringStore(storage.database());
        Meter meter = new Meter(metering, clock);
        meter.start();
        closeables.push(meter);
        CostService costs = new CostService(meter, metering, PriceTableFile.readOrBuiltIn(config.priceTable()), clock);
        // SQS: rebuilt from its journal before anything can send to it; closed after the web server stops.
        QueueService queueService = QueueService.open(storage.queues(), new QueueSettings(config.accountId(),
                config.region()), clock);
        closeables.push(queueService);
        // The port through which destinations, dead-letter queues and event source mappings reach queues in process.
        MessageQueues queues = queueService;
        AccountSettings account = new AccountSettings(config.accountId(), config.region(),
                config.accountConcurrency(), 100);
        // Closed after every environment has stopped (closeables close in reverse), so their last lines are stored.
        LogService logs = new LogService(storage.logs(),
                LogSettings.ofMaximumStoredBytes(config.logsMaximumMegabytes() * 1_048_576), account, clock);
        closeables.push(logs);
        Runtimes runtimes = Runtimes.start(config);
        closeables.push(runtimes);
        // The pool asks the function service for reservations; the service tells the pool what to retire, and the
        // code collector that packages and caches may have lost their last reference.
        AtomicReference<EnvironmentPool> pool = new AtomicReference<>();
        AtomicReference<CodeCollector> codeCollector = new AtomicReference<>();
        CodeGuard codeGuard = new CodeGuard();
        FunctionService functions = new FunctionService(storage.functions(), storage.code(),
                runtimes.launcher().installedRuntimes(), account, clock,
                retired -> {
                    pool.get().retire(retired.functionName(), retired.qualifier());
                    codeCollector.get().request();
                }, codeGuard);
        pool.set(new EnvironmentPool(runtimes.launcher(), new PoolSettings(config.keepAlive(),
                config.memoryBudgetMegabytes(), config.accountConcurrency(), PoolSettings.DEFAULT_INIT_TIMEOUT),
                clock, functions::reservations));
        closeables.push(pool.get());
        codeCollector.set(new CodeCollector(storage.functions(), storage.code(), codeGuard,
                pool.get()::runningFunctions, runtimes.caches()));
        closeables.push(CodeCollection.start(codeCollector.get()));
        Metrics metrics = Metrics.start(storage.metrics(), pool.get(), config.metricsRetention(), clock);
        closeables.push(metrics);

        // The port is known only once the server listens, but functions need it: listen first, then open the door.
        HttpFrontDoor frontDoor = new HttpFrontDoor(segment -> CodeLocations.sha256Base64(segment)
                .flatMap(storage.code()::zipFile), new CostEndpoint(costs));
        BlockingHttpServer webServer = BlockingHttpServer.start(bindAddress(config),
                config.port(), new BlockingHttpServer.Settings(MAX_REQUEST_BYTES, MAX_CONNECTIONS, IDLE_TIMEOUT),
                frontDoor::handle);
        closeables.push(webServer);
        String endpointUrl = config.endpointUrl(webServer.port());

        SynchronousInvoker invoker = new SynchronousInvoker(pool.get(), storage.code(), account,
                new EnvironmentVariables(account, endpointUrl), logs, InvocationObserver.all(List.of(
                        metrics.observer(), meter)), clock);
        EventInvokeConfigService eventInvokeConfigs = new EventInvokeConfigService(storage.eventInvokeConfigs(),
                functions, clock);
        AsyncInvoker asyncInvoker = new AsyncInvoker(functions, eventInvokeConfigs,
                (requestId, resolved, payload) -> invoker.invoke(requestId, resolved, payload, null, false),
                new AsyncPorts(storage.asyncInvocations(), queues, new JsonAsyncDocuments(), new VirtualThreadTimer(),
                        metrics.lambda()),
                AsyncSettings.of(config.asyncRetryDelay(), config.asyncThrottleDelay(), config.asyncThrottleDelayMax()),
                clock);
        closeables.push(asyncInvoker);
        InvocationService invocations = new InvocationService(functions, invoker, asyncInvoker);
        // The service announces each change to the pollers, which settle it through the service.
        AtomicReference<SqsPollers> sqsPollers = new AtomicReference<>();
        SqsEventCodec sqsEvents = new JacksonSqsEventCodec();
        EventSourceMappingService eventSourceMappings = new EventSourceMappingService(storage.eventSourceMappings(),
                functions, queues, sqsEvents, clock, uuid -> sqsPollers.get().changed(uuid));
        sqsPollers.set(new SqsPollers(eventSourceMappings, functions, queues, sqsEvents, invocations::invoke, clock));
        closeables.push(sqsPollers.get());
        AwsGateway.Builder gateway = AwsGateway.builder().restJson(new LambdaService(functions, invocations::invoke,
                eventSourceMappings, eventInvokeConfigs))
                .awsJson(new LogsService(logs))
                .awsJson(new SqsJsonService(queueService)).awsQuery(new SqsQueryService(queueService));
        metrics.cloudWatch().registerWith(gateway);
        frontDoor.open(gateway.build());
        metrics.prometheus().queueDepths(queueService::visibleMessagesByQueue);
        frontDoor.openMetrics(metrics.prometheus()::scrape);
        asyncInvoker.start();
        sqsPollers.get().start();

        ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("barista-idle-reaper").daemon().factory());
        reaper.scheduleWithFixedDelay(() -> pool.get().evictExpired(), 1, 1, TimeUnit.SECONDS);
        closeables.push(reaper::shutdownNow);
        ScheduledExecutorService logBounds = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("barista-log-bounds").daemon().factory());
        logBounds.scheduleWithFixedDelay(() -> enforceLogBounds(logs), 10, 10, TimeUnit.SECONDS);
        closeables.push(logBounds::shutdownNow);
        // Queue housekeeping (retention, deduplication windows, message move tasks) on its own thread: a move task
        // may take a while and must not hold up the reaper.
        ScheduledExecutorService queueMaintenance = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("barista-queue-maintenance").daemon().factory());
        queueMaintenance.scheduleWithFixedDelay(queueService::maintain, 200, 200, TimeUnit.MILLISECONDS);
        closeables.push(queueMaintenance::shutdownNow);
        LOGGER.log(Level.INFO, "Barista listening on {0}", endpointUrl);
        return new BaristaServer(webServer, endpointUrl, closeables);
    }

    private static InetAddress bindAddress(ServerConfig config) {
        try {
            return InetAddress.getByName(config.bindAddress());
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("unknown bind address " + config.bindAddress(), unknown);
        }
    }

    /** Retention and the size bound; a failure is logged and tried again at the next round. */
    private static void enforceLogBounds(LogService logs) {
        try {
            logs.enforceBounds();
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "enforcing the log retention and size bound failed", failure);
        }
    }

    public int port() {
        return webServer.port();
    }

    /** {@code http://<address>:<port>}, as clients and functions reach the server. */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** Stops listening, then stops every environment, then closes the stores. Idempotent. */
    @Override
    public void close() {
        closeAll(closeables);
    }

    private static void closeAll(Deque<AutoCloseable> closeables) {
        synchronized (closeables) {
            while (!closeables.isEmpty()) {
                AutoCloseable closeable = closeables.pop();
                try {
                    closeable.close();
                } catch (Exception failure) {
                    LOGGER.log(Level.WARNING, "closing " + closeable + " failed", failure);
                }
            }
        }
    }
}
