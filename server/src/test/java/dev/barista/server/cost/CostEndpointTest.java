package dev.barista.server.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.core.cost.CostService;
import dev.barista.core.function.Architecture;
import dev.barista.core.metering.ConcurrencyPeak;
import dev.barista.core.metering.Meter;
import dev.barista.core.metering.MinuteUsage;
import dev.barista.core.metering.Usage;
import dev.barista.server.PriceTables;
import dev.barista.storage.sqlite.Database;
import dev.barista.storage.sqlite.SqliteMeteringStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostEndpointTest {
    private static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;
    private Database database;
    private CostEndpoint endpoint;

    @BeforeEach
    void openEndpoint() {
        database = Database.open(dataDirectory);
        SqliteMeteringStore store = new SqliteMeteringStore(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store.record(List.of(new MinuteUsage(Instant.parse("2026-11-05T12:00:00Z"), "orders", 512,
                        Architecture.X86_64, new Usage(3_000_000, 3_000_000_000L, 3_000_000_000L * 512))),
                List.of(new ConcurrencyPeak(Instant.parse("2026-11-05T12:00:00Z"), 1_536)));
        endpoint = new CostEndpoint(new CostService(new Meter(store, clock), store, PriceTables.builtIn(), clock));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void withoutParametersItReportsThisMonthSoFar() throws IOException {
        JsonNode report = get("");

        assertThat(report.get("from").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(report.get("to").asText()).isEqualTo("2026-11-11T00:00:00Z");
        assertThat(report.get("observedHours").decimalValue()).isEqualByComparingTo("240");
        assertThat(report.get("currency").asText()).isEqualTo("USD");
        assertThat(report.at("/usage/requests").asLong()).isEqualTo(3_000_000);
        assertThat(report.at("/usage/billedMilliseconds").asLong()).isEqualTo(3_000_000_000L);
        assertThat(report.at("/usage/gigabyteSeconds").decimalValue()).isEqualByComparingTo("1500000");
        assertThat(report.at("/usage/peakConcurrentMegabytes").asLong()).isEqualTo(1_536);
        assertThat(report.at("/usage/averageBilledMilliseconds").decimalValue()).isEqualByComparingTo("1000");
        assertThat(report.at("/usage/averageMemoryMegabytes").decimalValue()).isEqualByComparingTo("512");
    }

    @Test
    void theLambdaBillIsTheWorkedExampleAtThePublishedPrice() throws IOException {
        JsonNode bill = get("").at("/lambda/period/asDeclared/withFreeTier");

        assertThat(bill.get("requests").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(bill.get("duration").decimalValue()).isEqualByComparingTo("18.33337");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("18.73337");
    }

    @Test
    void everyPartOfTheReportIsThere() throws IOException {
        JsonNode report = get("");

        assertThat(report.at("/prices/retrieved").asText()).isEqualTo("2026-11-22");
        assertThat(report.at("/prices/hoursPerMonth").asInt()).isEqualTo(730);
        assertThat(report.get("method")).isNotEmpty();
        assertThat(report.at("/functions/0/functionName").asText()).isEqualTo("orders");
        assertThat(report.at("/functions/0/otherArchitecture").asText()).isEqualTo("arm64");
        assertThat(report.at("/lambda/projectedMonth/allArm64/withoutFreeTier/total").isNumber()).isTrue();
        assertThat(report.at("/ec2/requiredMemoryMegabytes").asLong()).isEqualTo(1_536);
        assertThat(report.at("/ec2/instances/0/type").asText()).isNotEmpty();
        assertThat(report.at("/ec2/monthly/onDemand").isNumber()).isTrue();
        assertThat(report.at("/ec2/breakEvenInvocationsPerSecond/x86_64/savingsPlan").isNumber()).isTrue();
        assertThat(report.at("/ec2/breakEvenInvocationsPerSecond/arm64/spot").isNumber()).isTrue();
    }

    @Test
    void fromAndToTakeDatesAndInstants() throws IOException {
        JsonNode report = get("from=2026-11-06&to=2026-11-10T12:00:00Z");

        assertThat(report.get("from").asText()).isEqualTo("2026-11-06T00:00:00Z");
        assertThat(report.get("to").asText()).isEqualTo("2026-11-10T12:00:00Z");
        assertThat(report.at("/usage/requests").asLong()).isZero();
        assertThat(report.at("/ec2/breakEvenInvocationsPerSecond/x86_64/onDemand").isNull()).isTrue();
    }

    @Test
    void aDateAsTheEndIncludesThatDay() throws IOException {
        JsonNode report = get("from=2026-11-05&to=2026-11-05");

        assertThat(report.get("to").asText()).isEqualTo("2026-11-06T00:00:00Z");
        assertThat(report.at("/usage/requests").asLong()).isEqualTo(3_000_000);
    }

    @Test
    void aBadDateAnswers400WithAMessage() throws IOException {
        CostEndpoint.Answer answer = endpoint.handle("GET", "from=yesterday");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("'from'").contains("yesterday");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsAnswers400() throws IOException {
        CostEndpoint.Answer answer = endpoint.handle("GET", "from=2026-11-05&to=2026-11-01T00:00:00Z");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("must end after it starts");
    }

    @Test
    void anotherMethodAnswers405() {
        assertThat(endpoint.handle("POST", null).status()).isEqualTo(405);
    }

    private JsonNode get(String query) throws IOException {
        CostEndpoint.Answer answer = endpoint.handle("GET", query);
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
