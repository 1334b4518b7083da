package dev.barista.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code barista server}: runs the server until interrupted (Ctrl-C or SIGTERM stop it gracefully). */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Start the server with embedded storage. Flags override BARISTA_* environment variables.")
final class ServerCommand implements Runnable {
    @Option(names = "--port", description = "HTTP port of every AWS API (BARISTA_PORT, default 4566)")
    Integer port;
    @Option(names = "--bind", description = "address to listen on (BARISTA_BIND_ADDRESS, default 127.0.0.1)")
    String bindAddress;
    @Option(names = "--data-dir", description = "data directory (BARISTA_DATA_DIR, default ./data)")
    Path dataDirectory;
    @Option(names = "--account-id", description = "account id (BARISTA_ACCOUNT_ID, default 000000000000)")
    String accountId;
    @Option(names = "--region", description = "region (BARISTA_REGION, default us-east-1)")
    String region;
    @Option(names = "--keep-alive", description = "idle environment keep-alive, seconds or ISO-8601"
            + " (BARISTA_KEEP_ALIVE, default 600)")
    String keepAlive;
    @Option(names = "--memory-budget-mb", description = "declared memory of all environments together"
            + " (BARISTA_MEMORY_BUDGET_MB, default twice the RAM)")
    Long memoryBudgetMegabytes;
    @Option(names = "--concurrency", description = "account concurrency limit (BARISTA_CONCURRENCY, default 1000)")
    Integer concurrency;
    @Option(names = "--async-retry-delay", description = "first retry delay of failed asynchronous invocations,"
            + " seconds or ISO-8601 (BARISTA_ASYNC_RETRY_DELAY, default 60)")
    String asyncRetryDelay;
    @Option(names = "--async-throttle-delay", description = "first backoff of throttled asynchronous invocations,"
            + " doubling each time, seconds or ISO-8601 (BARISTA_ASYNC_THROTTLE_DELAY, default 1)")
    String asyncThrottleDelay;
    @Option(names = "--async-throttle-delay-max", description = "longest backoff of throttled asynchronous"
            + " invocations, seconds or ISO-8601 (BARISTA_ASYNC_THROTTLE_DELAY_MAX, default 300)")
    String asyncThrottleDelayMax;
    @Option(names = "--metrics-retention", description = "how long one-minute metric data is kept, seconds or"
            + " ISO-8601 (BARISTA_METRICS_RETENTION, default P15D)")
    String metricsRetention;
    @Option(names = "--price-table", description = "JSON price table of the cost report"
            + " (BARISTA_PRICE_TABLE, default the built-in us-east-1 table)")
    Path priceTable;
    @Option(names = "--logs-max-megabytes", description = "log messages kept in all log groups together, MiB;"
            + " the oldest go first (BARISTA_LOGS_MAX_MEGABYTES, default 1024)")
    Long logsMaximumMegabytes;

    @Override
    public void run() {
        ServerConfig config = config(ServerConfig.fromEnvironment(System.getenv()));
        BaristaServer server = BaristaServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "barista-shutdown"));
        System.out.println("Barista listening on " + server.endpointUrl() + " (data: "
                + config.dataDirectory().toAbsolutePath().normalize() + ")");
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    ServerConfig config(ServerConfig base) {
        return new ServerConfig(
                port != null ? port : base.port(),
                bindAddress != null ? bindAddress : base.bindAddress(),
                dataDirectory != null ? dataDirectory : base.dataDirectory(),
                accountId != null ? accountId : base.accountId(),
                region != null ? region : base.region(),
                keepAlive != null ? ServerConfig.duration(keepAlive) : base.keepAlive(),
                memoryBudgetMegabytes != null ? memoryBudgetMegabytes : base.memoryBudgetMegabytes(),
                concurrency != null ? concurrency : base.accountConcurrency(),
                asyncRetryDelay != null ? ServerConfig.duration(asyncRetryDelay) : base.asyncRetryDelay(),
                asyncThrottleDelay != null ? ServerConfig.duration(asyncThrottleDelay) : base.asyncThrottleDelay(),
                asyncThrottleDelayMax != null ? ServerConfig.duration(asyncThrottleDelayMax)
                        : base.asyncThrottleDelayMax(),
                metricsRetention != null ? ServerConfig.duration(metricsRetention) : base.metricsRetention(),
                priceTable != null ? priceTable : base.priceTable(),
                logsMaximumMegabytes != null ? logsMaximumMegabytes : base.logsMaximumMegabytes());
    }
}
