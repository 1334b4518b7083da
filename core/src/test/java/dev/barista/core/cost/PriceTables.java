package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Price tables for tests: Lambda's published us-east-1 prices, and a few instance types. */
final class PriceTables {
    /** AWS's published x86_64 first-tier price. */
    static final String PUBLISHED_X86_PRICE = "0.0000166667";
    /** The same price as AWS's worked example rounds it. */
    static final String WORKED_EXAMPLE_X86_PRICE = "0.00001667";

    private PriceTables() {
    }

    static PriceTable aws() {
        return aws(PUBLISHED_X86_PRICE, List.of(
                instance("small.arm", Architecture.ARM64, 2, 2_048, "0.03", "0.012", "0.021"),
                instance("big.arm", Architecture.ARM64, 4, 16_384, "0.10", "0.04", "0.07"),
                instance("big.x86", Architecture.X86_64, 4, 16_384, "0.12", "0.05", "0.09")));
    }

    static PriceTable aws(String firstX86Price, List<InstanceType> instances) {
        LambdaPrices lambda = new LambdaPrices(new BigDecimal("0.20"), 1_000_000, new BigDecimal("400000"),
                Map.of(Architecture.X86_64, List.of(
                                tier("6000000000", firstX86Price), tier("15000000000", "0.000015"),
                                tier(null, "0.0000133334")),
                        Architecture.ARM64, List.of(
                                tier("7500000000", "0.0000133334"), tier("18750000000", "0.0000120001"),
                                tier(null, "0.0000106667"))),
                1_769);
        return new PriceTable("us-east-1", "USD", LocalDate.parse("2026-11-22"),
                List.of("https://aws.amazon.com/lambda/pricing/"), List.of("for tests"), lambda,
                new Ec2Prices(730, instances));
    }

    static InstanceType instance(String name, Architecture architecture, int vcpus, long megabytes,
                                 String onDemand, String spot, String savingsPlan) {
        return new InstanceType(name, architecture, vcpus, megabytes, new BigDecimal(onDemand), new BigDecimal(spot),
                new BigDecimal(savingsPlan));
    }

    private static PriceTier tier(String upTo, String price) {
        return new PriceTier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(price));
    }
}
