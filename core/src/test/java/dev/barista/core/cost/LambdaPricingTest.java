package dev.barista.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaPricingTest {
    private final LambdaPricing published = new LambdaPricing(PriceTables.aws().lambda());

    /**
     * AWS's worked example (512 MB, 3 million invocations of 1 s in a month): $18.34 of duration, $0.40 of
     * requests, $18.74 in all. The example prices a GB-second at $0.00001667, the published $0.0000166667 rounded,
     * so this test uses a table with the rounded figure.
     */
    @Test
    void awsWorkedExampleCosts1874WithTheFreeTier() {
        LambdaPricing example = new LambdaPricing(PriceTables.aws(PriceTables.WORKED_EXAMPLE_X86_PRICE, List.of(
                PriceTables.instance("any", Architecture.X86_64, 1, 1_024, "1", "1", "1"))).lambda());

        LambdaBill bill = example.monthlyBill(decimal("3000000"), Map.of(Architecture.X86_64, decimal("1500000")),
                true);

        assertThat(cents(bill.duration())).isEqualTo("18.34");
        assertThat(cents(bill.requests())).isEqualTo("0.40");
        assertThat(cents(bill.total())).isEqualTo("18.74");
    }

    @Test
    void theWorkedExampleAtThePublishedPriceCosts1873() {
        LambdaBill bill = published.monthlyBill(decimal("3000000"), Map.of(Architecture.X86_64, decimal("1500000")),
                true);

        assertThat(bill.duration()).isEqualByComparingTo("18.33337");
        assertThat(cents(bill.total())).isEqualTo("18.73");
    }

    @Test
    void withoutTheFreeTierEveryRequestAndGigabyteSecondIsBilled() {
        LambdaBill bill = published.monthlyBill(decimal("3000000"), Map.of(Architecture.X86_64, decimal("1500000")),
                false);

        assertThat(bill.requests()).isEqualByComparingTo("0.60");
        assertThat(bill.duration()).isEqualByComparingTo("25.00005");
    }

    @Test
    void usageWithinTheFreeTierCostsNothing() {
        LambdaBill bill = published.monthlyBill(decimal("1000000"), Map.of(Architecture.ARM64, decimal("400000")),
                true);

        assertThat(bill.total()).isEqualByComparingTo("0");
    }

    @Test
    void theFreeGigabyteSecondsAreOneAllowanceForBothArchitectures() {
        LambdaBill bill = published.monthlyBill(decimal("0"), Map.of(Architecture.X86_64, decimal("300000"),
                Architecture.ARM64, decimal("300000")), true);

        // 400,000 free shared in proportion: 100,000 billed on each architecture.
        assertThat(bill.duration()).isEqualByComparingTo("3.00001");
    }

    @Test
    void x86TiersChangeAt6And15BillionGigabyteSeconds() {
        assertThat(published.durationCharge(Architecture.X86_64, decimal("6000000000")))
                .isEqualByComparingTo("100000.2");
        assertThat(published.durationCharge(Architecture.X86_64, decimal("7000000000")))
                .isEqualByComparingTo("115000.2");
        assertThat(published.durationCharge(Architecture.X86_64, decimal("15000000000")))
                .isEqualByComparingTo("235000.2");
        assertThat(published.durationCharge(Architecture.X86_64, decimal("16000000000")))
                .isEqualByComparingTo("248333.6");
    }

    @Test
    void arm64TiersChangeAt7AndAHalfAnd18AndThreeQuarterBillionGigabyteSeconds() {
        assertThat(published.durationCharge(Architecture.ARM64, decimal("7500000000")))
                .isEqualByComparingTo("100000.5");
        assertThat(published.durationCharge(Architecture.ARM64, decimal("8000000000")))
                .isEqualByComparingTo("106000.55");
        assertThat(published.durationCharge(Architecture.ARM64, decimal("20000000000")))
                .isEqualByComparingTo("248335.0");
    }

    @Test
    void arm64CostsLessForTheSameGigabyteSeconds() {
        assertThat(published.durationCharge(Architecture.ARM64, decimal("1000000")))
                .isEqualByComparingTo("13.3334")
                .isLessThan(published.durationCharge(Architecture.X86_64, decimal("1000000")));
    }

    @Test
    void aMonthIsPricedAsDeclaredAndOnEachArchitecture() {
        LambdaCosts costs = published.monthlyCosts(new UsageMix(decimal("2000000"),
                Map.of(Architecture.X86_64, decimal("1000000"))));

        assertThat(costs.asDeclared().withoutFreeTier().duration()).isEqualByComparingTo("16.6667");
        assertThat(costs.allX86_64()).isEqualTo(costs.asDeclared());
        assertThat(costs.allArm64().withoutFreeTier().duration()).isEqualByComparingTo("13.3334");
        assertThat(costs.allArm64().withFreeTier().duration()).isEqualByComparingTo("8.00004");
        assertThat(costs.allArm64().withFreeTier().requests()).isEqualByComparingTo("0.20");
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
