package dev.barista.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a Barista server is configured with. Defaults sit beside the fields in {@link #defaults()}; every
 * field can also be set by an environment variable ({@link #fromEnvironment}) and by a command-line flag.
 *
 * @param port the one HTTP port of every AWS API ({@code BARISTA_PORT}, default 4566)
 * @param bindAddress the address to listen on ({@code BARISTA_BIND_ADDRESS}, default 127.0.0.1)
 * @param dataDirectory where the database, code packages and environments live ({@code BARISTA_DATA_DIR}, ./data)
 * @param accountId the account Barista pretends to be ({@code BARISTA_ACCOUNT_ID}, 000000000000)
 * @param region the region Barista pretends to be ({@code BARISTA_REGION}, us-east-1)
 * @param keepAlive how long an idle environment stays warm ({@code BARISTA_KEEP_ALIVE}, ISO-8601 or seconds, 10 min)
 * @param memoryBudgetMegabytes the declared MemorySize all environments together may have
 *     ({@code BARISTA_MEMORY_BUDGET_MB}, twice the physical memory: MemorySize is a ceiling each environment is held
 *     to, and functions rarely use all of it)
 * @param accountConcurrency the account's concurrency limit ({@code BARISTA_CONCURRENCY}, 1000)
 * @param asyncRetryDelay the delay before the first retry of a failed asynchronous invocation, the second waits
 *     twice as long ({@code BARISTA_ASYNC_RETRY_DELAY}, 1 min as in Lambda)
 * @param asyncThrottleDelay the backoff after an asynchronous invocation was throttled or met a system error the
 *     first time; it doubles with every further one ({@code BARISTA_ASYNC_THROTTLE_DELAY}, 1 s as in Lambda)
 * @param asyncThrottleDelayMax the longest such backoff ({@code BARISTA_ASYNC_THROTTLE_DELAY_MAX}, 5 min as in
 *     Lambda)
 * @param metricsRetention how long one-minute metric data is kept ({@code BARISTA_METRICS_RETENTION}, ISO-8601 or
 *     seconds, 15 days as in CloudWatch)
 * @param priceTable the JSON price table of the cost report ({@code BARISTA_PRICE_TABLE}), or null for the
 *     built-in us-east-1 one
 * @param logsMaximumMegabytes the log messages kept in all log groups together, in MiB of UTF-8; the oldest go first
 *     ({@code BARISTA_LOGS_MAX_MEGABYTES}, 1024)
 */
public record ServerConfig(
        int port,
        String bindAddress,
        Path dataDirectory,
        String accountId,
        String region,
        Duration keepAlive,
        long memoryBudgetMegabytes,
        int accountConcurrency,
        Duration asyncRetryDelay,
        Duration asyncThrottleDelay,
        Duration asyncThrottleDelayMax,
        Duration metricsRetention,
        Path priceTable,
        long logsMaximumMegabytes) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (accountId == null || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("account id must be 12 digits: " + accountId);
        }
        if (region == null || !region.matches("[a-z]{2}(-gov)?-[a-z]+-\\d")) {
            throw new IllegalArgumentException("not a region name: " + region);
        }
        Objects.requireNonNull(keepAlive, "keepAlive");
        if (memoryBudgetMegabytes < 128) {
            throw new IllegalArgumentException("memory budget must be at least 128 MB: " + memoryBudgetMegabytes);
        }
        if (accountConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be positive: " + accountConcurrency);
        }
        Objects.requireNonNull(asyncRetryDelay, "asyncRetryDelay");
        Objects.requireNonNull(asyncThrottleDelay, "asyncThrottleDelay");
        Objects.requireNonNull(asyncThrottleDelayMax, "asyncThrottleDelayMax");
        if (metricsRetention == null || metricsRetention.toMinutes() < 1) {
            throw new IllegalArgumentException("metrics retention must be at least a minute: " + metricsRetention);
        }
        if (logsMaximumMegabytes < 1) {
            throw new IllegalArgumentException("the logs need at least 1 MB: " + logsMaximumMegabytes);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(4566, "127.0.0.1", Path.of("data"), "000000000000", "us-east-1",
                Duration.ofMinutes(10), defaultMemoryBudgetMegabytes(), 1000, Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofDays(15), null, 1024);
    }

    /** The defaults, overridden by whichever {@code BARISTA_*} variables are set. */
    public static ServerConfig fromEnvironment(Map<String, String> environment) {
        ServerConfig defaults = defaults();
        return new ServerConfig(
                integer(environment, "BARISTA_PORT", defaults.port),
                environment.getOrDefault("BARISTA_BIND_ADDRESS", defaults.bindAddress),
                environment.containsKey("BARISTA_DATA_DIR")
                        ? Path.of(environment.get("BARISTA_DATA_DIR")) : defaults.dataDirectory,
                environment.getOrDefault("BARISTA_ACCOUNT_ID", defaults.accountId),
                environment.getOrDefault("BARISTA_REGION", defaults.region),
                environment.containsKey("BARISTA_KEEP_ALIVE")
                        ? duration(environment.get("BARISTA_KEEP_ALIVE")) : defaults.keepAlive,
                environment.containsKey("BARISTA_MEMORY_BUDGET_MB")
                        ? Long.parseLong(environment.get("BARISTA_MEMORY_BUDGET_MB")) : defaults.memoryBudgetMegabytes,
                integer(environment, "BARISTA_CONCURRENCY", defaults.accountConcurrency),
                environment.containsKey("BARISTA_ASYNC_RETRY_DELAY")
                        ? duration(environment.get("BARISTA_ASYNC_RETRY_DELAY")) : defaults.asyncRetryDelay,
                environment.containsKey("BARISTA_ASYNC_THROTTLE_DELAY")
                        ? duration(environment.get("BARISTA_ASYNC_THROTTLE_DELAY")) : defaults.asyncThrottleDelay,
                environment.containsKey("BARISTA_ASYNC_THROTTLE_DELAY_MAX")
                        ? duration(environment.get("BARISTA_ASYNC_THROTTLE_DELAY_MAX"))
                        : defaults.asyncThrottleDelayMax,
                environment.containsKey("BARISTA_METRICS_RETENTION")
                        ? duration(environment.get("BARISTA_METRICS_RETENTION")) : defaults.metricsRetention,
                environment.containsKey("BARISTA_PRICE_TABLE")
                        ? Path.of(environment.get("BARISTA_PRICE_TABLE")) : defaults.priceTable,
                environment.containsKey("BARISTA_LOGS_MAX_MEGABYTES")
                        ? Long.parseLong(environment.get("BARISTA_LOGS_MAX_MEGABYTES")) : defaults.logsMaximumMegabytes);
    }

    /** The URL functions use to reach Barista ({@code AWS_ENDPOINT_URL}). */
    public String endpointUrl(int boundPort) {
        String host = "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? "127.0.0.1" : bindAddress;
        return "http://" + host + ":" + boundPort;
    }

    /** A copy with other asynchronous retry delays (tests and developers need not wait Lambda's minutes). */
    public ServerConfig withAsyncDelays(Duration retryDelay, Duration throttleDelay, Duration throttleDelayMax) {
        return new ServerConfig(port, bindAddress, dataDirectory, accountId, region, keepAlive, memoryBudgetMegabytes,
                accountConcurrency, retryDelay, throttleDelay, throttleDelayMax, metricsRetention, priceTable,
                logsMaximumMegabytes);
    }

    /** Accepts ISO-8601 ({@code PT10M}) or plain seconds ({@code 600}). */
    static Duration duration(String text) {
        return text.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
    }

    private static int integer(Map<String, String> environment, String key, int fallback) {
        return environment.containsKey(key) ? Integer.parseInt(environment.get(key)) : fallback;
    }

    private static long defaultMemoryBudgetMegabytes() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean system) {
            return Math.max(1024, system.getTotalMemorySize() / 1_048_576 * 2);
        }
        return 4096;
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, bindAddress, dataDirectory, accountId, region, keepAlive,
                memoryBudgetMegabytes, accountConcurrency, asyncRetryDelay, asyncThrottleDelay, asyncThrottleDelayMax,
                metricsRetention, priceTable, logsMaximumMegabytes);
    }

    public ServerConfig withDataDirectory(Path directory) {
        return new ServerConfig(port, bindAddress, directory, accountId, region, keepAlive, memoryBudgetMegabytes,
                accountConcurrency, asyncRetryDelay, asyncThrottleDelay, asyncThrottleDelayMax,
                metricsRetention, priceTable, logsMaximumMegabytes);
    }

    /** A copy with another memory budget (tests that fill it). */
    public ServerConfig withMemoryBudgetMegabytes(long megabytes) {
        return new ServerConfig(port, bindAddress, dataDirectory, accountId, region, keepAlive, megabytes,
                accountConcurrency, asyncRetryDelay, asyncThrottleDelay, asyncThrottleDelayMax,
                metricsRetention, priceTable, logsMaximumMegabytes);
    }
}
