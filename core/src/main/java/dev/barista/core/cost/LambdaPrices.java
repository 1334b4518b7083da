package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lambda's on-demand prices in one region: requests, duration tiers per architecture, the monthly free tier
 * (shared by both architectures), and the memory that buys one vCPU.
 *
 * @param duration each architecture's tiers, in order; every tier but the last ends above the one before
 * @param megabytesPerVcpu Lambda's memory per vCPU (1,769 MB), used to size EC2 instances for the same workload
 */
public record LambdaPrices(BigDecimal pricePerMillionRequests, long freeRequestsPerMonth,
                           BigDecimal freeGigabyteSecondsPerMonth, Map<Architecture, List<PriceTier>> duration,
                           int megabytesPerVcpu) {
    public LambdaPrices {
        Objects.requireNonNull(pricePerMillionRequests, "pricePerMillionRequests");
        Objects.requireNonNull(freeGigabyteSecondsPerMonth, "freeGigabyteSecondsPerMonth");
        if (freeRequestsPerMonth < 0 || freeGigabyteSecondsPerMonth.signum() < 0) {
            throw new IllegalArgumentException("a free tier cannot be negative");
        }
        if (megabytesPerVcpu < 1) {
            throw new IllegalArgumentException("megabytes per vCPU must be positive: " + megabytesPerVcpu);
        }
        Map<Architecture, List<PriceTier>> copy = new EnumMap<>(Architecture.class);
        for (Architecture architecture : Architecture.values()) {
            List<PriceTier> tiers = duration.get(architecture);
            if (tiers == null || tiers.isEmpty()) {
                throw new IllegalArgumentException("no duration prices for " + architecture.identifier());
            }
            requireAscending(architecture, tiers);
            copy.put(architecture, List.copyOf(tiers));
        }
        duration = Map.copyOf(copy);
    }

    public List<PriceTier> tiers(Architecture architecture) {
        return duration.get(architecture);
    }

    private static void requireAscending(Architecture architecture, List<PriceTier> tiers) {
        BigDecimal previous = BigDecimal.ZERO;
        for (int index = 0; index < tiers.size(); index++) {
            BigDecimal end = tiers.get(index).upToGigabyteSeconds();
            boolean last = index == tiers.size() - 1;
            if (last != (end == null) || (end != null && end.compareTo(previous) <= 0)) {
                throw new IllegalArgumentException(architecture.identifier() + " tiers must end in ascending order,"
                        + " and only the last one without an end");
            }
            previous = end;
        }
    }
}
