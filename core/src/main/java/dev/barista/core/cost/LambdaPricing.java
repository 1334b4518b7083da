package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;

/**
 * Lambda's monthly bill from a price table: requests beyond the free ones at the request price, and GB-seconds
 * beyond the free ones through each architecture's tiers. Stateless and thread-safe.
 *
 * <p>The free GB-seconds are one allowance for both architectures; AWS does not say in which order it spends
 * it, so it is shared in proportion to each architecture's GB-seconds. Tiers count the GB-seconds billed after
 * the free tier.
 */
public final class LambdaPricing {
    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final LambdaPrices prices;

    public LambdaPricing(LambdaPrices prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    public LambdaPrices prices() {
        return prices;
    }

    /** The month's bill for {@code requests} requests and each architecture's GB-seconds. */
    public LambdaBill monthlyBill(BigDecimal requests, Map<Architecture, BigDecimal> gigabyteSeconds,
                                  boolean freeTier) {
        BigDecimal freeRequests = freeTier ? BigDecimal.valueOf(prices.freeRequestsPerMonth()) : BigDecimal.ZERO;
        BigDecimal requestCharge = requests.subtract(freeRequests).max(BigDecimal.ZERO)
                .multiply(prices.pricePerMillionRequests()).divide(MILLION, PRECISION);
        BigDecimal total = gigabyteSeconds.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal free = freeTier ? prices.freeGigabyteSecondsPerMonth().min(total) : BigDecimal.ZERO;
        BigDecimal durationCharge = BigDecimal.ZERO;
        for (Map.Entry<Architecture, BigDecimal> entry : gigabyteSeconds.entrySet()) {
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                    : free.multiply(entry.getValue()).divide(total, PRECISION);
            durationCharge = durationCharge.add(durationCharge(entry.getKey(), entry.getValue().subtract(share)));
        }
        return new LambdaBill(requestCharge, durationCharge);
    }

    /** The duration charge of a month's billed GB-seconds on one architecture, through its tiers. */
    public BigDecimal durationCharge(Architecture architecture, BigDecimal gigabyteSeconds) {
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal tierStart = BigDecimal.ZERO;
        for (PriceTier tier : prices.tiers(architecture)) {
            BigDecimal tierEnd = tier.upToGigabyteSeconds() == null
                    ? gigabyteSeconds : tier.upToGigabyteSeconds().min(gigabyteSeconds);
            if (tierEnd.compareTo(tierStart) > 0) {
                charge = charge.add(tierEnd.subtract(tierStart).multiply(tier.pricePerGigabyteSecond()));
            }
            if (tier.upToGigabyteSeconds() == null || gigabyteSeconds.compareTo(tier.upToGigabyteSeconds()) <= 0) {
                break;
            }
            tierStart = tier.upToGigabyteSeconds();
        }
        return charge;
    }

    /** A month's usage priced as declared and moved to each architecture, with and without the free tier. */
    LambdaCosts monthlyCosts(UsageMix usage) {
        return new LambdaCosts(scenario(usage), scenario(usage.allOn(Architecture.X86_64)),
                scenario(usage.allOn(Architecture.ARM64)));
    }

    private LambdaScenario scenario(UsageMix usage) {
        return new LambdaScenario(monthlyBill(usage.requests(), usage.gigabyteSeconds(), true),
                monthlyBill(usage.requests(), usage.gigabyteSeconds(), false));
    }
}
