package dev.barista.core.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of Lambda's monthly duration price: GB-seconds of a month up to {@code upToGigabyteSeconds} (counted
 * from the month's first) cost {@code pricePerGigabyteSecond} each.
 *
 * @param upToGigabyteSeconds where the tier ends, or null for the last tier, which has no end
 */
public record PriceTier(BigDecimal upToGigabyteSeconds, BigDecimal pricePerGigabyteSecond) {
    public PriceTier {
        Objects.requireNonNull(pricePerGigabyteSecond, "pricePerGigabyteSecond");
        if (pricePerGigabyteSecond.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + pricePerGigabyteSecond);
        }
        if (upToGigabyteSeconds != null && upToGigabyteSeconds.signum() <= 0) {
            throw new IllegalArgumentException("a tier must end above 0 GB-s: " + upToGigabyteSeconds);
        }
    }
}
