package dev.barista.core.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the observed workload would need on EC2: the cheapest instance set that holds the observed peak of
 * concurrent declared memory and the vCPUs Lambda would give that memory, its monthly price under each purchase
 * option, and the invocation rates at which Lambda would cost the same.
 *
 * @param requiredVcpus the peak memory divided by Lambda's memory per vCPU
 * @param monthly the set's price for a month of the table's hours, per purchase option
 * @param capacityInvocationsPerSecond how many invocations of the observed average a second the set holds (its
 *     memory, or its vCPUs times Lambda's memory per vCPU if fewer, divided by the average GB-seconds), or null
 *     when nothing was observed
 */
public record Ec2Comparison(long requiredMegabytes, BigDecimal requiredVcpus, InstanceSet instances,
                            Map<PurchaseOption, BigDecimal> monthly, BigDecimal capacityInvocationsPerSecond,
                            List<BreakEven> breakEven) {
    public Ec2Comparison {
        Objects.requireNonNull(requiredVcpus, "requiredVcpus");
        Objects.requireNonNull(instances, "instances");
        monthly = Map.copyOf(monthly);
        breakEven = List.copyOf(breakEven);
    }
}
