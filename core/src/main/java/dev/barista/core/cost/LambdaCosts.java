package dev.barista.core.cost;

import java.util.Objects;

/**
 * A workload's Lambda bill three ways: each function on the architecture it declares, and every function moved
 * to x86_64 or to arm64 (same memory and billed duration: what the other architecture would cost, not how fast
 * the code would run on it).
 */
public record LambdaCosts(LambdaScenario asDeclared, LambdaScenario allX86_64, LambdaScenario allArm64) {
    public static final LambdaCosts NONE = new LambdaCosts(LambdaScenario.NONE, LambdaScenario.NONE,
            LambdaScenario.NONE);

    public LambdaCosts {
        Objects.requireNonNull(asDeclared, "asDeclared");
        Objects.requireNonNull(allX86_64, "allX86_64");
        Objects.requireNonNull(allArm64, "allArm64");
    }

    public LambdaCosts plus(LambdaCosts other) {
        return new LambdaCosts(asDeclared.plus(other.asDeclared), allX86_64.plus(other.allX86_64),
                allArm64.plus(other.allArm64));
    }
}
