package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import dev.barista.core.metering.FunctionUsage;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a month's Lambda bill depends on: requests (of every architecture together, as they are priced) and
 * GB-seconds per architecture. Fractional, so that a projected month can be priced too.
 */
record UsageMix(BigDecimal requests, Map<Architecture, BigDecimal> gigabyteSeconds) {

    UsageMix {
        Map<Architecture, BigDecimal> complete = new EnumMap<>(Architecture.class);
        for (Architecture architecture : Architecture.values()) {
            complete.put(architecture, gigabyteSeconds.getOrDefault(architecture, BigDecimal.ZERO));
        }
        gigabyteSeconds = Map.copyOf(complete);
    }

    static UsageMix of(List<FunctionUsage> usage) {
        BigDecimal requests = BigDecimal.ZERO;
        Map<Architecture, BigDecimal> gigabyteSeconds = new EnumMap<>(Architecture.class);
        for (FunctionUsage function : usage) {
            requests = requests.add(BigDecimal.valueOf(function.usage().requests()));
            gigabyteSeconds.merge(function.architecture(), function.usage().gigabyteSeconds(), BigDecimal::add);
        }
        return new UsageMix(requests, gigabyteSeconds);
    }

    BigDecimal totalGigabyteSeconds() {
        return gigabyteSeconds.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same usage, every GB-second on one architecture. */
    UsageMix allOn(Architecture architecture) {
        return new UsageMix(requests, Map.of(architecture, totalGigabyteSeconds()));
    }

    UsageMix scaled(BigDecimal factor) {
        Map<Architecture, BigDecimal> scaled = new EnumMap<>(Architecture.class);
        gigabyteSeconds.forEach((architecture, amount) -> scaled.put(architecture, amount.multiply(factor)));
        return new UsageMix(requests.multiply(factor), scaled);
    }
}
