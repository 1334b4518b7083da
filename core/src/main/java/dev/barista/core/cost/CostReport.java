package dev.barista.core.cost;

import dev.barista.core.metering.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the metered workload of a period would have cost on AWS, and would cost a month at the same rate.
 *
 * @param from the first minute of the period
 * @param to the end of the period (exclusive)
 * @param observed how much of the period has passed: from {@code from} to {@code to} or to now, if sooner
 * @param usage every function's usage together
 * @param peakConcurrentMegabytes the highest minute peak of concurrently running declared memory
 * @param period the period's Lambda bill, each calendar month (UTC) with its own free tier and tiers
 * @param projectedMonth a month of {@code hoursPerMonth} hours at the period's average rate, priced as one
 *     month; null when no time has passed
 */
public record CostReport(Instant from, Instant to, Instant generatedAt, Duration observed, PriceTable prices,
                         Usage usage, long peakConcurrentMegabytes, List<FunctionCost> functions,
                         LambdaCosts period, LambdaCosts projectedMonth, Ec2Comparison ec2) {
    public CostReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(usage, "usage");
        functions = List.copyOf(functions);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ec2, "ec2");
    }
}
