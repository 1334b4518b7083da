package dev.barista.core.cost;

import static dev.barista.core.cost.PriceTables.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceSizingTest {
    private static final InstanceType SMALL = instance("small", Architecture.ARM64, 1, 2_048, "0.03", "0.01", "0.02");
    private static final InstanceType MEDIUM = instance("medium", Architecture.ARM64, 1, 4_096, "0.04", "0.02",
            "0.03");
    private static final InstanceType LARGE = instance("large", Architecture.ARM64, 2, 8_192, "0.08", "0.03", "0.06");
    private static final InstanceType BIG = instance("big", Architecture.X86_64, 4, 16_384, "0.10", "0.04", "0.07");

    @Test
    void withNothingToHoldTheCheapestInstanceRuns() {
        InstanceSet set = InstanceSizing.cheapest(List.of(LARGE, SMALL, MEDIUM), 0, BigDecimal.ZERO);

        assertThat(set.instances()).containsExactly(new InstanceCount(SMALL, 1));
    }

    @Test
    void enoughInstancesOfTheCheapestTypeHoldThePeak() {
        InstanceSet set = InstanceSizing.cheapest(List.of(SMALL, BIG), 40_000, BigDecimal.ZERO);

        assertThat(set.instances()).containsExactly(new InstanceCount(BIG, 3));
        assertThat(set.memoryMegabytes()).isEqualTo(49_152);
        assertThat(set.hourly(PurchaseOption.ON_DEMAND)).isEqualByComparingTo("0.30");
        assertThat(set.hourly(PurchaseOption.SPOT)).isEqualByComparingTo("0.12");
        assertThat(set.hourly(PurchaseOption.SAVINGS_PLAN)).isEqualByComparingTo("0.21");
    }

    @Test
    void aSmallerInstanceTakesTheRemainderWhenThatIsCheaper() {
        InstanceSet set = InstanceSizing.cheapest(List.of(SMALL, BIG), 18_000, BigDecimal.ZERO);

        assertThat(set.instances()).containsExactly(new InstanceCount(BIG, 1), new InstanceCount(SMALL, 1));
    }

    @Test
    void aTieGoesToFewerInstances() {
        InstanceSet set = InstanceSizing.cheapest(List.of(MEDIUM, LARGE), 9_000, BigDecimal.ZERO);

        assertThat(set.instances()).containsExactly(new InstanceCount(LARGE, 1), new InstanceCount(MEDIUM, 1));
    }

    @Test
    void vcpusCanDecideTheSize() {
        // 4,000 MB fit one medium, but 3.5 vCPUs need four mediums or two larges: as cheap, and fewer.
        InstanceSet set = InstanceSizing.cheapest(List.of(MEDIUM, LARGE), 4_000, new BigDecimal("3.5"));

        assertThat(set.instances()).containsExactly(new InstanceCount(LARGE, 2));
    }
}
