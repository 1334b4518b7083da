package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The steady rate of invocations (of the observed average billed duration and memory) at which a month of Lambda
 * on one architecture costs as much as the instance set running all month under one purchase option.
 *
 * @param invocationsPerSecond the rate, or null when it cannot be computed (nothing observed yet)
 */
public record BreakEven(Architecture lambdaArchitecture, PurchaseOption purchaseOption,
                        BigDecimal invocationsPerSecond) {
    public BreakEven {
        Objects.requireNonNull(lambdaArchitecture, "lambdaArchitecture");
        Objects.requireNonNull(purchaseOption, "purchaseOption");
    }
}
