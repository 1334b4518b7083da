package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An EC2 instance type with its hourly prices (Linux, shared tenancy).
 *
 * @param memoryMegabytes memory in MiB, the unit of Lambda's "MB"
 * @param spotHourly a typical Spot price (Spot prices move; the price table says how it was chosen)
 * @param savingsPlanHourly the effective rate under a 1-year Compute Savings Plan, no upfront
 */
public record InstanceType(String name, Architecture architecture, int vcpus, long memoryMegabytes,
                           BigDecimal onDemandHourly, BigDecimal spotHourly, BigDecimal savingsPlanHourly) {
    public InstanceType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(architecture, "architecture");
        if (vcpus < 1 || memoryMegabytes < 1) {
            throw new IllegalArgumentException(name + " needs vCPUs and memory");
        }
        for (BigDecimal price : new BigDecimal[] {onDemandHourly, spotHourly, savingsPlanHourly}) {
            if (Objects.requireNonNull(price, name + " price").signum() <= 0) {
                throw new IllegalArgumentException(name + " prices must be positive");
            }
        }
    }

    public BigDecimal hourly(PurchaseOption option) {
        return switch (option) {
            case ON_DEMAND -> onDemandHourly;
            case SPOT -> spotHourly;
            case SAVINGS_PLAN -> savingsPlanHourly;
        };
    }
}
