package dev.barista.server.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.cost.CostService;
import dev.barista.core.function.Architecture;
import dev.barista.core.metering.Meter;
import dev.barista.core.metering.MinuteUsage;
import dev.barista.core.metering.Usage;
import dev.barista.server.PriceTables;
import dev.barista.storage.sqlite.Database;
import dev.barista.storage.sqlite.SqliteMeteringStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostReportTextTest {
    private static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");

    @TempDir
    Path dataDirectory;

    @Test
    void theReportStatesItsPricesAndAssumptions() {
        String text = render(List.of(new MinuteUsage(Instant.parse("2026-11-05T12:00:00Z"), "orders", 512,
                Architecture.X86_64, new Usage(3_000_000, 3_000_000_000L, 3_000_000_000L * 512))));

        assertThat(text).contains("us-east-1, USD")
                .contains("3,000,000 requests")
                .contains("orders (512 MB, x86_64)")
                .contains("$18.73")
                .contains("retrieved 2026-11-22")
                .contains("https://aws.amazon.com/lambda/pricing/")
                .contains("1,000,000 requests and 400,000 GB-seconds")
                .contains("One vCPU per 1,769 MB")
                .contains("a month is 730 hours")
                .contains("EC2 Spot: an estimate")
                .contains("projected 730-hour month")
                .contains("on demand");
        assertThat(text.lines()).as("wrapped for a terminal")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(118));
    }

    @Test
    void aPeriodWithoutInvocationsSaysSo() {
        String text = render(List.of());

        assertThat(text).contains("No invocations in this period.").contains("$0.00")
                .doesNotContain("Lambda costs as much at");
    }

    @Test
    void amountsBelowACentAreNotShownAsFree() {
        assertThat(CostReportText.money(new BigDecimal("0.0000125"))).isEqualTo("$0.000013");
        assertThat(CostReportText.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(CostReportText.money(BigDecimal.ZERO)).isEqualTo("$0.00");
        assertThat(CostReportText.money(null)).isEqualTo("-");
    }

    private String render(List<MinuteUsage> usage) {
        try (Database database = Database.open(dataDirectory)) {
            SqliteMeteringStore store = new SqliteMeteringStore(database);
            store.record(usage, List.of());
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            CostService costs = new CostService(new Meter(store, clock), store, PriceTables.builtIn(), clock);
            return CostReportText.render(CostReportDocument.of(costs.thisMonth()));
        }
    }
}
