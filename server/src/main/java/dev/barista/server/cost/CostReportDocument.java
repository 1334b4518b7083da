package dev.barista.server.cost;

import dev.barista.core.cost.BreakEven;
import dev.barista.core.cost.CostReport;
import dev.barista.core.cost.Ec2Comparison;
import dev.barista.core.cost.FunctionCost;
import dev.barista.core.cost.InstanceCount;
import dev.barista.core.cost.LambdaBill;
import dev.barista.core.cost.LambdaCosts;
import dev.barista.core.cost.LambdaScenario;
import dev.barista.core.cost.PriceTable;
import dev.barista.core.cost.PurchaseOption;
import dev.barista.core.function.Architecture;
import dev.barista.core.metering.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON of {@code GET /_barista/cost}, which the console and {@code barista cost} read: a {@link CostReport}
 * with money rounded to 10 decimals (prices have as many), GB-seconds exact, and rates, averages and vCPUs rounded
 * to 3 decimals. Every field is always present; {@code lambda.projectedMonth},
 * {@code ec2.capacityInvocationsPerSecond} and the break-even rates are null when nothing was observed. Instants are ISO-8601 UTC; architectures are Lambda's identifiers.
 */
public record CostReportDocument(String from, String to, String generatedAt, BigDecimal observedHours,
                                 String currency, Prices prices, List<String> method, UsageTotals usage,
                                 List<FunctionLine> functions, Lambda lambda, Ec2 ec2) {

    /** The price table the report used, and its assumptions. */
    public record Prices(String region, String retrieved, List<String> sources, List<String> notes,
                         int hoursPerMonth, int megabytesPerVcpu, long freeRequestsPerMonth,
                         BigDecimal freeGigabyteSecondsPerMonth) {
    }

    public record UsageTotals(long requests, long billedMilliseconds, BigDecimal gigabyteSeconds,
                              long peakConcurrentMegabytes, BigDecimal averageBilledMilliseconds,
                              BigDecimal averageMemoryMegabytes) {
    }

    public record Charges(BigDecimal requests, BigDecimal duration, BigDecimal total) {
    }

    public record Scenario(Charges withFreeTier, Charges withoutFreeTier) {
    }

    /** The bill with each function on its declared architecture, and with every function on one architecture. */
    public record Scenarios(Scenario asDeclared, Scenario allX86_64, Scenario allArm64) {
    }

    public record Lambda(Scenarios period, Scenarios projectedMonth) {
    }

    /** One function and memory size; charges before the free tier. */
    public record FunctionLine(String functionName, int memorySizeMegabytes, String architecture, long requests,
                               long billedMilliseconds, BigDecimal gigabyteSeconds, Charges cost,
                               String otherArchitecture, Charges costOnOtherArchitecture) {
    }

    public record Instance(String type, String architecture, int count, int vcpus, long memoryMegabytes,
                           BigDecimal onDemandHourly, BigDecimal spotHourly, BigDecimal savingsPlanHourly) {
    }

    /** One amount per EC2 purchase option. */
    public record PerPurchaseOption(BigDecimal onDemand, BigDecimal spot, BigDecimal savingsPlan) {
    }

    /**
     * @param breakEvenInvocationsPerSecond per Lambda architecture ({@code x86_64}, {@code arm64}), the rate at
     *     which a month of Lambda costs as much as the instance set under each purchase option
     */
    public record Ec2(long requiredMemoryMegabytes, BigDecimal requiredVcpus, List<Instance> instances,
                      long memoryMegabytes, int vcpus, PerPurchaseOption monthly,
                      BigDecimal capacityInvocationsPerSecond,
                      Map<String, PerPurchaseOption> breakEvenInvocationsPerSecond) {
    }

    public static CostReportDocument of(CostReport report) {
        PriceTable table = report.prices();
        return new CostReportDocument(report.from().toString(), report.to().toString(),
                report.generatedAt().toString(),
                rate(BigDecimal.valueOf(report.observed().toMillis()).divide(BigDecimal.valueOf(3_600_000),
                        MathContext.DECIMAL64)),
                table.currency(),
                new Prices(table.region(), table.retrieved().toString(), table.sources(), table.notes(),
                        table.ec2().hoursPerMonth(), table.lambda().megabytesPerVcpu(),
                        table.lambda().freeRequestsPerMonth(), table.lambda().freeGigabyteSecondsPerMonth()),
                CostReport.METHOD, usage(report.usage(), report.peakConcurrentMegabytes()),
                report.functions().stream().map(CostReportDocument::function).toList(),
                new Lambda(scenarios(report.period()),
                        report.projectedMonth() == null ? null : scenarios(report.projectedMonth())),
                ec2(report.ec2()));
    }

    private static UsageTotals usage(Usage usage, long peak) {
        BigDecimal averageMilliseconds = usage.requests() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(
                usage.billedMilliseconds()).divide(BigDecimal.valueOf(usage.requests()), MathContext.DECIMAL64);
        BigDecimal averageMemory = usage.billedMilliseconds() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(
                usage.megabyteMilliseconds()).divide(BigDecimal.valueOf(usage.billedMilliseconds()),
                MathContext.DECIMAL64);
        return new UsageTotals(usage.requests(), usage.billedMilliseconds(), exact(usage.gigabyteSeconds()), peak,
                rate(averageMilliseconds), rate(averageMemory));
    }

    private static FunctionLine function(FunctionCost cost) {
        return new FunctionLine(cost.functionName(), cost.memorySizeMegabytes(), cost.architecture().identifier(),
                cost.usage().requests(), cost.usage().billedMilliseconds(), exact(cost.usage().gigabyteSeconds()),
                charges(cost.asDeclared()), cost.otherArchitecture().identifier(),
                charges(cost.onOtherArchitecture()));
    }

    private static Scenarios scenarios(LambdaCosts costs) {
        return new Scenarios(scenario(costs.asDeclared()), scenario(costs.allX86_64()), scenario(costs.allArm64()));
    }

    private static Scenario scenario(LambdaScenario scenario) {
        return new Scenario(charges(scenario.withFreeTier()), charges(scenario.withoutFreeTier()));
    }

    private static Charges charges(LambdaBill bill) {
        return new Charges(money(bill.requests()), money(bill.duration()), money(bill.total()));
    }

    private static Ec2 ec2(Ec2Comparison ec2) {
        List<Instance> instances = ec2.instances().instances().stream().map(CostReportDocument::instance).toList();
        Map<String, PerPurchaseOption> breakEven = new LinkedHashMap<>();
        for (Architecture architecture : Architecture.values()) {
            Map<PurchaseOption, BigDecimal> rates = new LinkedHashMap<>();
            for (BreakEven entry : ec2.breakEven()) {
                if (entry.lambdaArchitecture() == architecture && entry.invocationsPerSecond() != null) {
                    rates.put(entry.purchaseOption(), entry.invocationsPerSecond());
                }
            }
            breakEven.put(architecture.identifier(), perOption(rates::get, CostReportDocument::rate));
        }
        return new Ec2(ec2.requiredMegabytes(), rate(ec2.requiredVcpus()), instances,
                ec2.instances().memoryMegabytes(), ec2.instances().vcpus(),
                perOption(ec2.monthly()::get, CostReportDocument::money), rate(ec2.capacityInvocationsPerSecond()),
                breakEven);
    }

    private static Instance instance(InstanceCount entry) {
        return new Instance(entry.type().name(), entry.type().architecture().identifier(), entry.count(),
                entry.type().vcpus(), entry.type().memoryMegabytes(), entry.type().onDemandHourly(),
                entry.type().spotHourly(), entry.type().savingsPlanHourly());
    }

    private static PerPurchaseOption perOption(Function<PurchaseOption, BigDecimal> amounts,
                                               Function<BigDecimal, BigDecimal> rounding) {
        return new PerPurchaseOption(rounding.apply(amounts.apply(PurchaseOption.ON_DEMAND)),
                rounding.apply(amounts.apply(PurchaseOption.SPOT)),
                rounding.apply(amounts.apply(PurchaseOption.SAVINGS_PLAN)));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal exact(BigDecimal amount) {
        return amount.stripTrailingZeros();
    }

    private static BigDecimal rate(BigDecimal amount) {
        return amount == null ? null : amount.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
