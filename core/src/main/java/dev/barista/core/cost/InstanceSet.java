package dev.barista.core.cost;

import java.math.BigDecimal;
import java.util.List;

/** EC2 instances that run together, with what they hold and cost. */
public record InstanceSet(List<InstanceCount> instances) {
    public InstanceSet {
        instances = List.copyOf(instances);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("an instance set has at least one instance");
        }
    }

    public long memoryMegabytes() {
        return instances.stream().mapToLong(entry -> entry.type().memoryMegabytes() * entry.count()).sum();
    }

    public int vcpus() {
        return instances.stream().mapToInt(entry -> entry.type().vcpus() * entry.count()).sum();
    }

    public int count() {
        return instances.stream().mapToInt(InstanceCount::count).sum();
    }

    public BigDecimal hourly(PurchaseOption option) {
        return instances.stream().map(entry -> entry.type().hourly(option).multiply(BigDecimal.valueOf(entry.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
