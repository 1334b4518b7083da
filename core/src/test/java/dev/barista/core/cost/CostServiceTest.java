package dev.barista.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.Architecture;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.metering.ConcurrencyPeak;
import dev.barista.core.metering.InMemoryMeteringStore;
import dev.barista.core.metering.Meter;
import dev.barista.core.metering.MinuteUsage;
import dev.barista.core.metering.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");

    private final InMemoryMeteringStore store = new InMemoryMeteringStore();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Meter meter = new Meter(store, clock);

    @Test
    void awsWorkedExampleCosts1874ForTheMonth() {
        // 3 million invocations of 1 s at 512 MB; AWS's example prices a GB-second at $0.00001667.
        record(Instant.parse("2026-11-05T12:00:00Z"), "example", 512, Architecture.X86_64,
                new Usage(3_000_000, 3_000_000_000L, 3_000_000_000L * 512));
        CostService service = new CostService(meter, store, PriceTables.aws(PriceTables.WORKED_EXAMPLE_X86_PRICE,
                PriceTables.aws().ec2().instances()), clock);

        CostReport report = service.report(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));

        LambdaBill bill = report.period().asDeclared().withFreeTier();
        assertThat(cents(bill.duration())).isEqualTo("18.34");
        assertThat(cents(bill.requests())).isEqualTo("0.40");
        assertThat(cents(bill.total())).isEqualTo("18.74");
        assertThat(report.usage().gigabyteSeconds()).isEqualByComparingTo("1500000");
    }

    @Test
    void theDefaultPeriodIsThisCalendarMonthSoFar() {
        CostReport report = service().thisMonth();

        assertThat(report.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(report.to()).isEqualTo(NOW);
        assertThat(report.observed()).isEqualTo(Duration.ofDays(10));
    }

    @Test
    void withoutAStartThePeriodBeginsWithTheMonthItEndsIn() {
        CostReport report = service().report(Optional.empty(), Optional.of(Instant.parse("2026-11-01T00:00:00Z")));

        assertThat(report.from()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(report.to()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void theProjectionScalesThePeriodToA730HourMonth() {
        record(Instant.parse("2026-11-02T00:00:00Z"), "orders", 1_024, Architecture.X86_64,
                new Usage(2_400_000, 240_000_000, 240_000_000L * 1_024));

        CostReport report = service().thisMonth();

        // 240 hours observed: a 730-hour month has 730/240 times the usage.
        LambdaBill projected = report.projectedMonth().asDeclared().withoutFreeTier();
        assertThat(projected.requests()).isCloseTo(new BigDecimal("1.46"), within(new BigDecimal("1e-20")));
        assertThat(projected.duration()).isCloseTo(new BigDecimal("730000")
                .multiply(new BigDecimal(PriceTables.PUBLISHED_X86_PRICE)), within(new BigDecimal("1e-20")));
    }

    @Test
    void eachCalendarMonthHasItsOwnFreeTier() {
        record(Instant.parse("2026-10-31T23:59:00Z"), "orders", 128, Architecture.ARM64, new Usage(1_000_000, 1, 128));
        record(Instant.parse("2026-11-01T00:00:00Z"), "orders", 128, Architecture.ARM64, new Usage(1_000_000, 1, 128));

        CostReport report = service().report(Instant.parse("2026-10-31T00:00:00Z"), NOW);

        assertThat(report.usage().requests()).isEqualTo(2_000_000);
        assertThat(report.period().asDeclared().withFreeTier().requests()).isEqualByComparingTo("0");
        assertThat(report.period().asDeclared().withoutFreeTier().requests()).isEqualByComparingTo("0.40");
    }

    @Test
    void eachFunctionIsPricedOnItsArchitectureAndTheOther() {
        record(Instant.parse("2026-11-03T00:00:00Z"), "x86", 1_024, Architecture.X86_64,
                new Usage(1_000, 1_000_000, 1_000_000L * 1_024));
        record(Instant.parse("2026-11-03T00:00:00Z"), "arm", 512, Architecture.ARM64,
                new Usage(1_000, 1_000_000, 1_000_000L * 512));

        List<FunctionCost> functions = service().thisMonth().functions();

        assertThat(functions).extracting(FunctionCost::functionName).containsExactly("x86", "arm");
        FunctionCost x86 = functions.getFirst();
        assertThat(x86.asDeclared().duration()).isEqualByComparingTo("0.0166667");
        assertThat(x86.onOtherArchitecture().duration()).isEqualByComparingTo("0.0133334");
        assertThat(x86.asDeclared().requests()).isEqualByComparingTo("0.0002");
        FunctionCost arm = functions.getLast();
        assertThat(arm.otherArchitecture()).isEqualTo(Architecture.X86_64);
        assertThat(arm.onOtherArchitecture().duration()).isEqualByComparingTo("0.00833335");
    }

    @Test
    void theReportIncludesWhatTheMeterHasNotFlushedYet() {
        meter.completed(new CompletedInvocation("request", "orders", "$LATEST", "$LATEST",
                NOW.minusSeconds(5), Duration.ofMillis(100), null, 100, 128, 64, Architecture.X86_64,
                Outcome.SUCCESS));

        CostReport report = service().thisMonth();

        assertThat(report.usage()).isEqualTo(new Usage(1, 100, 12_800));
        assertThat(report.peakConcurrentMegabytes()).isEqualTo(128);
    }

    @Test
    void ec2HoldsThePeakOfConcurrentMemoryAndIsPricedForTheMonth() {
        record(Instant.parse("2026-11-03T00:00:00Z"), "orders", 2_048, Architecture.ARM64,
                new Usage(1_000_000, 100_000_000, 100_000_000L * 2_048));
        store.record(List.of(), List.of(new ConcurrencyPeak(Instant.parse("2026-11-03T00:00:00Z"), 6_000)));

        Ec2Comparison ec2 = service().thisMonth().ec2();

        assertThat(ec2.requiredMegabytes()).isEqualTo(6_000);
        assertThat(ec2.requiredVcpus().doubleValue()).isCloseTo(6_000 / 1_769.0, within(1e-9));
        // 3 x 2 GB and 2 vCPUs ($0.09 an hour) is cheaper than one 16 GB instance with 4 vCPUs ($0.10).
        assertThat(ec2.instances().instances()).extracting(entry -> entry.type().name() + " x" + entry.count())
                .containsExactly("small.arm x3");
        assertThat(ec2.monthly().get(PurchaseOption.ON_DEMAND)).isEqualByComparingTo("65.7");
        assertThat(ec2.monthly().get(PurchaseOption.SPOT)).isEqualByComparingTo("26.28");
        assertThat(ec2.monthly().get(PurchaseOption.SAVINGS_PLAN)).isEqualByComparingTo("45.99");
        // 6 GB hold 3 invocations of 2 GB; each takes 0.2 GB-s (100 ms), so 30 a second.
        assertThat(ec2.capacityInvocationsPerSecond()).isEqualByComparingTo("30");
        assertThat(ec2.breakEven()).hasSize(6).allSatisfy(breakEven ->
                assertThat(breakEven.invocationsPerSecond()).isPositive());
    }

    @Test
    void anEmptyPeriodCostsNothingAndHasNoBreakEven() {
        CostReport report = service().thisMonth();

        assertThat(report.period().asDeclared().withoutFreeTier().total()).isEqualByComparingTo("0");
        assertThat(report.functions()).isEmpty();
        assertThat(report.ec2().instances().instances()).extracting(entry -> entry.type().name())
                .containsExactly("small.arm");
        assertThat(report.ec2().capacityInvocationsPerSecond()).isNull();
        assertThat(report.ec2().breakEven()).allSatisfy(breakEven ->
                assertThat(breakEven.invocationsPerSecond()).isNull());
    }

    @Test
    void aPeriodIsWidenedToWholeMinutes() {
        CostReport report = service().report(Instant.parse("2026-11-02T10:15:30Z"),
                Instant.parse("2026-11-02T10:16:10Z"));

        assertThat(report.from()).isEqualTo(Instant.parse("2026-11-02T10:15:00Z"));
        assertThat(report.to()).isEqualTo(Instant.parse("2026-11-02T10:17:00Z"));
    }

    @Test
    void aPeriodMustEndAfterItStarts() {
        assertThatThrownBy(() -> service().report(NOW, NOW.minusSeconds(60)))
                .isInstanceOfSatisfying(BaristaException.class,
                        exception -> assertThat(exception.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    private CostService service() {
        return new CostService(meter, store, PriceTables.aws(), clock);
    }

    private void record(Instant minute, String function, int memory, Architecture architecture, Usage usage) {
        store.record(List.of(new MinuteUsage(minute, function, memory, architecture, usage)), List.of());
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
