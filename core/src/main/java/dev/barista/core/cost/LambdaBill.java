package dev.barista.core.cost;

import java.math.BigDecimal;
import java.util.Objects;

/** Lambda's charges for some usage, unrounded (round only to show them). */
public record LambdaBill(BigDecimal requests, BigDecimal duration) {
    public static final LambdaBill NONE = new LambdaBill(BigDecimal.ZERO, BigDecimal.ZERO);

    public LambdaBill {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(duration, "duration");
    }

    public BigDecimal total() {
        return requests.add(duration);
    }

    public LambdaBill plus(LambdaBill other) {
        return new LambdaBill(requests.add(other.requests), duration.add(other.duration));
    }
}
