package dev.barista.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaultsAreLambdasAndLocalStacks() {
        ServerConfig defaults = ServerConfig.defaults();

        assertThat(defaults.port()).isEqualTo(4566);
        assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(defaults.dataDirectory()).isEqualTo(Path.of("data"));
        assertThat(defaults.accountId()).isEqualTo("000000000000");
        assertThat(defaults.region()).isEqualTo("us-east-1");
        assertThat(defaults.keepAlive()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.accountConcurrency()).isEqualTo(1000);
        assertThat(defaults.asyncRetryDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.asyncThrottleDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.asyncThrottleDelayMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.memoryBudgetMegabytes()).isGreaterThanOrEqualTo(1024);
        assertThat(defaults.metricsRetention()).isEqualTo(Duration.ofDays(15));
        assertThat(defaults.priceTable()).as("the built-in table").isNull();
        assertThat(defaults.logsMaximumMegabytes()).isEqualTo(1024);
    }

    @Test
    void everyEnvironmentVariableMapsToItsField() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.ofEntries(
                Map.entry("BARISTA_PORT", "5000"),
                Map.entry("BARISTA_BIND_ADDRESS", "0.0.0.0"),
                Map.entry("BARISTA_DATA_DIR", "/var/lib/barista"),
                Map.entry("BARISTA_ACCOUNT_ID", "123456789012"),
                Map.entry("BARISTA_REGION", "eu-west-1"),
                Map.entry("BARISTA_KEEP_ALIVE", "PT5M"),
                Map.entry("BARISTA_MEMORY_BUDGET_MB", "2048"),
                Map.entry("BARISTA_CONCURRENCY", "50"),
                Map.entry("BARISTA_ASYNC_RETRY_DELAY", "2"),
                Map.entry("BARISTA_ASYNC_THROTTLE_DELAY", "3"),
                Map.entry("BARISTA_ASYNC_THROTTLE_DELAY_MAX", "PT2M"),
                Map.entry("BARISTA_METRICS_RETENTION", "P2D"),
                Map.entry("BARISTA_PRICE_TABLE", "/etc/barista/prices.json"),
                Map.entry("BARISTA_LOGS_MAX_MEGABYTES", "64")));

        assertThat(config).isEqualTo(new ServerConfig(5000, "0.0.0.0", Path.of("/var/lib/barista"), "123456789012",
                "eu-west-1", Duration.ofMinutes(5), 2048, 50, Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMinutes(2), Duration.ofDays(2),
                Path.of("/etc/barista/prices.json"), 64));
        assertThat(config.endpointUrl(5000)).isEqualTo("http://127.0.0.1:5000");
    }

    @Test
    void theAsyncBackoffVariablesMapToTheirFields() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "BARISTA_ASYNC_THROTTLE_DELAY", "PT0.1S",
                "BARISTA_ASYNC_THROTTLE_DELAY_MAX", "3"));

        assertThat(config.asyncThrottleDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.asyncThrottleDelayMax()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void flagsOverrideTheEnvironment() {
        ServerCommand command = new ServerCommand();
        command.port = 7000;
        command.keepAlive = "30";
        command.asyncThrottleDelay = "2";
        command.asyncThrottleDelayMax = "PT1M";
        command.priceTable = Path.of("mine.json");
        command.logsMaximumMegabytes = 16L;

        ServerConfig config = command.config(ServerConfig.fromEnvironment(Map.of("BARISTA_PORT", "5000")));

        assertThat(config.port()).isEqualTo(7000);
        assertThat(config.keepAlive()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.asyncThrottleDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.asyncThrottleDelayMax()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.priceTable()).isEqualTo(Path.of("mine.json"));
        assertThat(config.logsMaximumMegabytes()).isEqualTo(16);
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("BARISTA_ACCOUNT_ID", "42")))
                .hasMessageContaining("12 digits");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("BARISTA_REGION", "mars")))
                .hasMessageContaining("region");
    }
}
