package dev.barista.core.cost;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.Architecture;
import dev.barista.core.metering.FunctionUsage;
import dev.barista.core.metering.Meter;
import dev.barista.core.metering.MeteringStore;
import dev.barista.core.metering.Usage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices the metered workload of a period as AWS would bill it, and compares it with EC2 instances that could run
 * it. Periods are whole minutes (UTC), the meter's unit: a start is rounded down, an end up. Every report first
 * flushes the meter, so it includes every invocation that ended before it was asked for. Thread-safe.
 */
public final class CostService {
    private static final BigDecimal MEGABYTES_PER_GIGABYTE = BigDecimal.valueOf(1_024);

    private final Meter meter;
    private final MeteringStore store;
    private final PriceTable prices;
    private final LambdaPricing pricing;
    private final Clock clock;

    public CostService(Meter meter, MeteringStore store, PriceTable prices, Clock clock) {
        this.meter = Objects.requireNonNull(meter, "meter");
        this.store = Objects.requireNonNull(store, "store");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.pricing = new LambdaPricing(prices.lambda());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** This calendar month (UTC) so far. */
    public CostReport thisMonth() {
        return report(Optional.empty(), Optional.empty());
    }

    /**
     * The period {@code [from, to)}; without an end, until now; without a start, from the beginning of the
     * calendar month (UTC) the period ends in.
     */
    public CostReport report(Optional<Instant> from, Optional<Instant> to) {
        Instant end = to.orElseGet(clock::instant);
        return report(from.orElseGet(() -> end.minusNanos(1).atZone(ZoneOffset.UTC).withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS).toInstant()), end);
    }

    /** The period {@code [from, to)}, widened to whole minutes. */
    public CostReport report(Instant from, Instant to) {
        Instant start = from.truncatedTo(ChronoUnit.MINUTES);
        Instant end = to.truncatedTo(ChronoUnit.MINUTES).equals(to) ? to : to.truncatedTo(ChronoUnit.MINUTES)
                .plus(Duration.ofMinutes(1));
        if (!start.isBefore(end)) {
            throw new BaristaException(ErrorCode.VALIDATION, "The period must end after it starts: from " + from
                    + " to " + to + ".");
        }
        meter.flush();
        Instant now = clock.instant();
        FunctionCosts functions = new FunctionCosts(pricing);
        List<FunctionUsage> everyMonth = new ArrayList<>();
        LambdaCosts period = LambdaCosts.NONE;
        for (Instant month = start; month.isBefore(end); month = endOfMonth(month, end)) {
            List<FunctionUsage> usage = store.usage(month, endOfMonth(month, end));
            UsageMix mix = UsageMix.of(usage);
            period = period.plus(pricing.monthlyCosts(mix));
            functions.addMonth(usage, mix);
            everyMonth.addAll(usage);
        }
        Usage total = functions.totalUsage();
        Duration observed = Duration.between(start, now.isBefore(end) ? now : end);
        LambdaCosts projected = observed.isNegative() || observed.isZero() ? null
                : projectedMonth(UsageMix.of(everyMonth), observed);
        long peak = store.peakConcurrentMegabytes(start, end);
        return new CostReport(start, end, now, observed.isNegative() ? Duration.ZERO : observed, prices, total, peak,
                functions.byCost(), period, projected, ec2(peak, total));
    }

    /** The period's usage scaled to a month of the price table's hours, priced as one month. */
    private LambdaCosts projectedMonth(UsageMix usage, Duration observed) {
        BigDecimal monthMilliseconds = BigDecimal.valueOf(prices.ec2().hoursPerMonth() * 3_600_000L);
        return pricing.monthlyCosts(usage.scaled(monthMilliseconds.divide(BigDecimal.valueOf(observed.toMillis()),
                LambdaPricing.PRECISION)));
    }

    private Ec2Comparison ec2(long peakMegabytes, Usage usage) {
        int megabytesPerVcpu = prices.lambda().megabytesPerVcpu();
        BigDecimal vcpus = BigDecimal.valueOf(peakMegabytes).divide(BigDecimal.valueOf(megabytesPerVcpu),
                LambdaPricing.PRECISION);
        InstanceSet instances = InstanceSizing.cheapest(prices.ec2().instances(), peakMegabytes, vcpus);
        Map<PurchaseOption, BigDecimal> monthly = new EnumMap<>(PurchaseOption.class);
        for (PurchaseOption option : PurchaseOption.values()) {
            monthly.put(option, instances.hourly(option).multiply(BigDecimal.valueOf(prices.ec2().hoursPerMonth())));
        }
        BigDecimal perInvocation = usage.requests() == 0 ? null
                : usage.gigabyteSeconds().divide(BigDecimal.valueOf(usage.requests()), LambdaPricing.PRECISION);
        BigDecimal capacity = null;
        List<BreakEven> breakEven = new ArrayList<>();
        if (perInvocation != null && perInvocation.signum() > 0) {
            long usableMegabytes = Math.min(instances.memoryMegabytes(), (long) instances.vcpus() * megabytesPerVcpu);
            capacity = BigDecimal.valueOf(usableMegabytes).divide(MEGABYTES_PER_GIGABYTE, LambdaPricing.PRECISION)
                    .divide(perInvocation, LambdaPricing.PRECISION);
        }
        for (Architecture architecture : Architecture.values()) {
            for (PurchaseOption option : PurchaseOption.values()) {
                BigDecimal rate = perInvocation == null ? null : BreakEvenRate.invocationsPerSecond(pricing,
                        architecture, perInvocation, monthly.get(option), prices.ec2().hoursPerMonth()).orElse(null);
                breakEven.add(new BreakEven(architecture, option, rate));
            }
        }
        return new Ec2Comparison(peakMegabytes, vcpus, instances, monthly, capacity, breakEven);
    }

    private static Instant endOfMonth(Instant instant, Instant limit) {
        ZonedDateTime nextMonth = instant.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS)
                .plusMonths(1);
        return nextMonth.toInstant().isBefore(limit) ? nextMonth.toInstant() : limit;
    }
}
