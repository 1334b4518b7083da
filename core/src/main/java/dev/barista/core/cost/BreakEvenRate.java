package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The steady invocation rate at which a month of Lambda costs a given amount. A month's Lambda bill grows
 * piecewise linearly with the number of invocations (kinks where the free requests and free GB-seconds run out
 * and where each duration tier starts), so the rate is found exactly on the segment where the bill crosses the
 * amount. The free tier is applied.
 */
final class BreakEvenRate {

    private BreakEvenRate() {
    }

    /**
     * @param gigabyteSecondsPerInvocation the average billed GB-seconds of one invocation
     * @return invocations per second, or empty when Lambda never costs that much (nothing is billed per invocation)
     */
    static Optional<BigDecimal> invocationsPerSecond(LambdaPricing pricing, Architecture architecture,
                                                     BigDecimal gigabyteSecondsPerInvocation,
                                                     BigDecimal monthlyAmount, int hoursPerMonth) {
        if (gigabyteSecondsPerInvocation.signum() <= 0 || monthlyAmount.signum() <= 0) {
            return Optional.empty();
        }
        LambdaPrices prices = pricing.prices();
        TreeSet<BigDecimal> kinks = new TreeSet<>();
        kinks.add(BigDecimal.ZERO);
        kinks.add(BigDecimal.valueOf(prices.freeRequestsPerMonth()));
        BigDecimal free = prices.freeGigabyteSecondsPerMonth();
        kinks.add(free.divide(gigabyteSecondsPerInvocation, LambdaPricing.PRECISION));
        for (PriceTier tier : prices.tiers(architecture)) {
            if (tier.upToGigabyteSeconds() != null) {
                kinks.add(free.add(tier.upToGigabyteSeconds()).divide(gigabyteSecondsPerInvocation,
                        LambdaPricing.PRECISION));
            }
        }
        BigDecimal previousInvocations = BigDecimal.ZERO;
        BigDecimal previousCost = BigDecimal.ZERO;
        for (BigDecimal invocations : kinks) {
            BigDecimal cost = cost(pricing, architecture, gigabyteSecondsPerInvocation, invocations);
            if (cost.compareTo(monthlyAmount) >= 0 && cost.compareTo(previousCost) > 0) {
                return Optional.of(perSecond(interpolate(previousInvocations, previousCost, invocations, cost,
                        monthlyAmount), hoursPerMonth));
            }
            previousInvocations = invocations;
            previousCost = cost;
        }
        // Beyond the last kink the bill rises at its final slope.
        BigDecimal beyond = previousInvocations.add(BigDecimal.ONE);
        BigDecimal slope = cost(pricing, architecture, gigabyteSecondsPerInvocation, beyond).subtract(previousCost);
        if (slope.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal invocations = previousInvocations.add(monthlyAmount.subtract(previousCost)
                .divide(slope, LambdaPricing.PRECISION));
        return Optional.of(perSecond(invocations, hoursPerMonth));
    }

    private static BigDecimal cost(LambdaPricing pricing, Architecture architecture, BigDecimal perInvocation,
                                   BigDecimal invocations) {
        return pricing.monthlyBill(invocations, Map.of(architecture, invocations.multiply(perInvocation)), true)
                .total();
    }

    private static BigDecimal interpolate(BigDecimal fromInvocations, BigDecimal fromCost, BigDecimal toInvocations,
                                          BigDecimal toCost, BigDecimal target) {
        return fromInvocations.add(toInvocations.subtract(fromInvocations).multiply(target.subtract(fromCost))
                .divide(toCost.subtract(fromCost), LambdaPricing.PRECISION));
    }

    private static BigDecimal perSecond(BigDecimal invocationsPerMonth, int hoursPerMonth) {
        return invocationsPerMonth.divide(BigDecimal.valueOf(hoursPerMonth * 3_600L), LambdaPricing.PRECISION);
    }
}
