package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import dev.barista.core.metering.FunctionUsage;
import dev.barista.core.metering.Usage;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up each function's share of the bill over the months of a period. A function's duration share is its
 * GB-seconds at its architecture's average price that month (so that the shares add up to the tiered total);
 * on the other architecture, at that architecture's average price were every function moved there. Not
 * thread-safe: one per report.
 */
final class FunctionCosts {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final LambdaPricing pricing;
    private final Map<Key, FunctionCost> costs = new LinkedHashMap<>();

    FunctionCosts(LambdaPricing pricing) {
        this.pricing = pricing;
    }

    /** Adds one calendar month's usage; {@code month} is all of that month's usage in the period. */
    void addMonth(List<FunctionUsage> usage, UsageMix month) {
        for (FunctionUsage function : usage) {
            Architecture other = function.architecture() == Architecture.X86_64
                    ? Architecture.ARM64 : Architecture.X86_64;
            BigDecimal gigabyteSeconds = function.usage().gigabyteSeconds();
            BigDecimal requestCharge = BigDecimal.valueOf(function.usage().requests())
                    .multiply(pricing.prices().pricePerMillionRequests()).divide(MILLION, LambdaPricing.PRECISION);
            LambdaBill declared = new LambdaBill(requestCharge, gigabyteSeconds.multiply(averagePrice(
                    function.architecture(), month.gigabyteSeconds().get(function.architecture()))));
            LambdaBill moved = new LambdaBill(requestCharge,
                    gigabyteSeconds.multiply(averagePrice(other, month.totalGigabyteSeconds())));
            Key key = new Key(function.functionName(), function.memorySizeMegabytes(), function.architecture());
            FunctionCost before = costs.get(key);
            costs.put(key, before == null
                    ? new FunctionCost(key.name(), key.memory(), key.architecture(), function.usage(), declared, moved)
                    : new FunctionCost(key.name(), key.memory(), key.architecture(),
                            before.usage().plus(function.usage()), before.asDeclared().plus(declared),
                            before.onOtherArchitecture().plus(moved)));
        }
    }

    /** Every function, the most expensive first. */
    List<FunctionCost> byCost() {
        return costs.values().stream()
                .sorted(Comparator.comparing((FunctionCost cost) -> cost.asDeclared().total()).reversed()
                        .thenComparing(FunctionCost::functionName))
                .toList();
    }

    Usage totalUsage() {
        return costs.values().stream().map(FunctionCost::usage).reduce(Usage.NONE, Usage::plus);
    }

    private BigDecimal averagePrice(Architecture architecture, BigDecimal gigabyteSeconds) {
        if (gigabyteSeconds.signum() == 0) {
            return pricing.prices().tiers(architecture).getFirst().pricePerGigabyteSecond();
        }
        return pricing.durationCharge(architecture, gigabyteSeconds).divide(gigabyteSeconds, LambdaPricing.PRECISION);
    }

    private record Key(String name, int memory, Architecture architecture) {
    }
}
