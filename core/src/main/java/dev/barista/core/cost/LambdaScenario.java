package dev.barista.core.cost;

import java.util.Objects;

/** One workload's Lambda bill with the monthly free tier deducted and without it. */
public record LambdaScenario(LambdaBill withFreeTier, LambdaBill withoutFreeTier) {
    public static final LambdaScenario NONE = new LambdaScenario(LambdaBill.NONE, LambdaBill.NONE);

    public LambdaScenario {
        Objects.requireNonNull(withFreeTier, "withFreeTier");
        Objects.requireNonNull(withoutFreeTier, "withoutFreeTier");
    }

    public LambdaScenario plus(LambdaScenario other) {
        return new LambdaScenario(withFreeTier.plus(other.withFreeTier), withoutFreeTier.plus(other.withoutFreeTier));
    }
}
