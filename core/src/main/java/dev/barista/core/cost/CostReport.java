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
    /** How the report is computed, for its readers: the choices that are Barista's, not the price table's. */
    public static final List<String> METHOD = List.of(
            "Usage is what Barista metered: every invocation's billed duration (init phase included, rounded up to"
                    + " 1 ms), memory size and architecture; throttled invocations are not billed.",
            "Each calendar month (UTC) of the period has its own free tier and duration tiers; the free GB-seconds"
                    + " are shared by the architectures in proportion to their GB-seconds, and the tiers count the"
                    + " GB-seconds billed after the free tier.",
            "Per-function costs are before the free tier, which belongs to the account.",
            "The other architecture is priced for the same billed duration: how fast the code runs there is not"
                    + " known.",
            "The projected month is the period's average rate over a month of the price table's hours.",
            "EC2 must hold the highest peak of concurrently running declared memory (init phases included) in any"
                    + " minute of the period, and the vCPUs Lambda gives that memory; instances' memory is counted in"
                    + " full, nothing is kept for the operating system or Barista itself; the set runs all month.",
            "Break-even rates are steady rates of invocations of the period's average billed GB-seconds at which a"
                    + " month of Lambda (free tier applied) costs as much as the instance set; the set's capacity"
                    + " says whether it could serve that rate.");

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
