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
        assertThat(defaults.memoryBudgetMegabytes()).isGreaterThanOrEqualTo(1024);
        assertThat(defaults.logsMaximumMegabytes()).isEqualTo(1024);
    }

    @Test
    void everyEnvironmentVariableMapsToItsField() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "BARISTA_PORT", "5000",
                "BARISTA_BIND_ADDRESS", "0.0.0.0",
                "BARISTA_DATA_DIR", "/var/lib/barista",
                "BARISTA_ACCOUNT_ID", "123456789012",
                "BARISTA_REGION", "eu-west-1",
                "BARISTA_KEEP_ALIVE", "PT5M",
                "BARISTA_MEMORY_BUDGET_MB", "2048",
                "BARISTA_CONCURRENCY", "50",
                "BARISTA_ASYNC_RETRY_DELAY", "2",
                "BARISTA_LOGS_MAX_MEGABYTES", "64"));

        assertThat(config).isEqualTo(new ServerConfig(5000, "0.0.0.0", Path.of("/var/lib/barista"), "123456789012",
                "eu-west-1", Duration.ofMinutes(5), 2048, 50, Duration.ofSeconds(2), 64));
        assertThat(config.endpointUrl(5000)).isEqualTo("http://127.0.0.1:5000");
    }

    @Test
    void flagsOverrideTheEnvironment() {
        ServerCommand command = new ServerCommand();
        command.port = 7000;
        command.keepAlive = "30";
        command.logsMaximumMegabytes = 16L;

        ServerConfig config = command.config(ServerConfig.fromEnvironment(Map.of("BARISTA_PORT", "5000")));

        assertThat(config.port()).isEqualTo(7000);
        assertThat(config.keepAlive()).isEqualTo(Duration.ofSeconds(30));
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
