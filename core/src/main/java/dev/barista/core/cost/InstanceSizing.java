package dev.barista.core.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the cheapest set of EC2 instances, at on-demand prices, that holds a given memory and number of vCPUs:
 * either instances of one type, or instances of one type plus one instance of another for the remainder. Fewer
 * instances win a tie, then the names in alphabetical order, so the choice is deterministic. With nothing to
 * hold, the cheapest single instance: something has to run.
 */
public final class InstanceSizing {

    private InstanceSizing() {
    }

    public static InstanceSet cheapest(List<InstanceType> types, long requiredMegabytes, BigDecimal requiredVcpus) {
        List<InstanceSet> candidates = new ArrayList<>();
        for (InstanceType type : types) {
            long count = Math.max(1, Math.max(ceilingDivide(requiredMegabytes, type.memoryMegabytes()),
                    requiredVcpus.divide(BigDecimal.valueOf(type.vcpus()), 0, RoundingMode.CEILING).longValueExact()));
            candidates.add(new InstanceSet(List.of(new InstanceCount(type, Math.toIntExact(count)))));
            if (count > 1) {
                long full = count - 1;
                long memoryLeft = requiredMegabytes - full * type.memoryMegabytes();
                BigDecimal vcpusLeft = requiredVcpus.subtract(BigDecimal.valueOf(full * type.vcpus()));
                cheapestOther(types, type, memoryLeft, vcpusLeft).ifPresent(other -> candidates.add(
                        new InstanceSet(List.of(new InstanceCount(type, Math.toIntExact(full)),
                                new InstanceCount(other, 1)))));
            }
        }
        return candidates.stream().min(Comparator.comparing((InstanceSet set) -> set.hourly(PurchaseOption.ON_DEMAND))
                .thenComparingInt(InstanceSet::count)
                .thenComparing(set -> set.instances().stream().map(entry -> entry.type().name()).toList().toString()))
                .orElseThrow(() -> new IllegalArgumentException("no instance types to choose from"));
    }

    /** The cheapest type other than {@code excluded} of which one instance holds what is left. */
    private static Optional<InstanceType> cheapestOther(List<InstanceType> types, InstanceType excluded,
                                                        long megabytes, BigDecimal vcpus) {
        return types.stream()
                .filter(type -> !type.equals(excluded) && type.memoryMegabytes() >= megabytes
                        && BigDecimal.valueOf(type.vcpus()).compareTo(vcpus) >= 0)
                .min(Comparator.comparing(InstanceType::onDemandHourly).thenComparing(InstanceType::name));
    }

    private static long ceilingDivide(long dividend, long divisor) {
        return dividend <= 0 ? 0 : (dividend + divisor - 1) / divisor;
    }
}
