package dev.barista.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakEvenRateTest {
    private static final int HOURS = 730;
    private final LambdaPricing pricing = new LambdaPricing(PriceTables.aws().lambda());

    @Test
    void aHundredDollarsBuys17Point8InvocationsASecondOf128MegabytesForOneSecond() {
        // 0.2e-6 (N - 1e6) + 0.0000166667 (0.125 N - 400,000) = 100  =>  N = 46,802,840.14 a month
        BigDecimal rate = BreakEvenRate.invocationsPerSecond(pricing, Architecture.X86_64, new BigDecimal("0.125"),
                new BigDecimal("100"), HOURS).orElseThrow();

        assertThat(rate.doubleValue()).isCloseTo(46_802_840.1408 / (730 * 3600.0), within(1e-6));
    }

    @Test
    void theFirstCentsAreSpentWhenTheFreeRequestsRunOut() {
        BigDecimal rate = BreakEvenRate.invocationsPerSecond(pricing, Architecture.ARM64, new BigDecimal("0.125"),
                new BigDecimal("0.000001"), HOURS).orElseThrow();

        // The free GB-seconds last 3.2 million invocations (400,000 / 0.125), the free requests 1 million: then
        // each request costs $0.0000002.
        assertThat(rate.doubleValue() * HOURS * 3600).isCloseTo(1_000_005, within(1e-6));
    }

    @Test
    void theRateCostsTheAmountAcrossTierBoundaries() {
        BigDecimal amount = new BigDecimal("300000");
        BigDecimal perInvocation = new BigDecimal("2");

        for (Architecture architecture : Architecture.values()) {
            BigDecimal rate = BreakEvenRate.invocationsPerSecond(pricing, architecture, perInvocation, amount, HOURS)
                    .orElseThrow();
            BigDecimal invocations = rate.multiply(BigDecimal.valueOf(HOURS * 3600L));
            BigDecimal cost = pricing.monthlyBill(invocations,
                    Map.of(architecture, invocations.multiply(perInvocation)), true).total();
            assertThat(invocations.multiply(perInvocation)).as("past the second tier")
                    .isGreaterThan(new BigDecimal("19000000000"));
            assertThat(cost.doubleValue()).as(architecture.identifier()).isCloseTo(300_000, within(1e-6));
        }
    }

    @Test
    void nothingObservedHasNoBreakEven() {
        assertThat(BreakEvenRate.invocationsPerSecond(pricing, Architecture.X86_64, BigDecimal.ZERO,
                new BigDecimal("100"), HOURS)).isEmpty();
    }

    @Test
    void freeLambdaNeverCostsAnything() {
        LambdaPricing free = new LambdaPricing(new LambdaPrices(BigDecimal.ZERO, 0, BigDecimal.ZERO,
                Map.of(Architecture.X86_64, List.of(new PriceTier(null, BigDecimal.ZERO)),
                        Architecture.ARM64, List.of(new PriceTier(null, BigDecimal.ZERO))), 1_769));

        assertThat(BreakEvenRate.invocationsPerSecond(free, Architecture.X86_64, BigDecimal.ONE,
                new BigDecimal("100"), HOURS)).isEmpty();
    }
}
