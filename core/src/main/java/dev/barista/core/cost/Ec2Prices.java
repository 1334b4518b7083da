package dev.barista.core.cost;

import java.util.List;
import java.util.Objects;

/**
 * The EC2 instance types a workload may be compared with.
 *
 * @param hoursPerMonth the hours of a month of an always-running instance (AWS prices a month as 730 hours)
 */
public record Ec2Prices(int hoursPerMonth, List<InstanceType> instances) {
    public Ec2Prices {
        if (hoursPerMonth < 1) {
            throw new IllegalArgumentException("hours per month must be positive: " + hoursPerMonth);
        }
        instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("at least one instance type is needed");
        }
    }
}
