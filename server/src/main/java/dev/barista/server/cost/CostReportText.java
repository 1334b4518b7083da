package dev.barista.server.cost;

import dev.barista.server.cost.CostReportDocument.Ec2;
import dev.barista.server.cost.CostReportDocument.FunctionLine;
import dev.barista.server.cost.CostReportDocument.Instance;
import dev.barista.server.cost.CostReportDocument.PerPurchaseOption;
import dev.barista.server.cost.CostReportDocument.Scenarios;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** The cost report for people: what {@code barista cost} prints, with every assumption it rests on. */
final class CostReportText {
    private static final int WIDTH = 118;

    private CostReportText() {
    }

    static String render(CostReportDocument report) {
        StringBuilder text = new StringBuilder(4_096);
        line(text, "What this workload would cost on AWS (%s, %s)", report.prices().region(), report.currency());
        line(text, "Period     %s to %s (%s hours observed)", report.from(), report.to(), report.observedHours());
        line(text, "Usage      %,d requests, %,d ms billed, %s GB-s; peak of concurrent memory %,d MB",
                report.usage().requests(), report.usage().billedMilliseconds(), report.usage().gigabyteSeconds(),
                report.usage().peakConcurrentMegabytes());
        text.append('\n');
        lambda(text, report);
        functions(text, report);
        ec2(text, report.ec2(), report.prices().hoursPerMonth());
        assumptions(text, report);
        return text.toString();
    }

    private static void lambda(StringBuilder text, CostReportDocument report) {
        Scenarios period = report.lambda().period();
        Scenarios projected = report.lambda().projectedMonth();
        line(text, "Lambda                 %-29s %s", "this period",
                projected == null ? "" : "projected " + report.prices().hoursPerMonth() + "-hour month");
        line(text, "                       %-14s %-14s %-14s %s", "free tier", "no free tier", "free tier",
                "no free tier");
        scenario(text, "as declared", period.asDeclared(), projected == null ? null : projected.asDeclared());
        scenario(text, "all on x86_64", period.allX86_64(), projected == null ? null : projected.allX86_64());
        scenario(text, "all on arm64", period.allArm64(), projected == null ? null : projected.allArm64());
        text.append('\n');
    }

    private static void scenario(StringBuilder text, String name, CostReportDocument.Scenario period,
                                 CostReportDocument.Scenario projected) {
        line(text, "  %-20s %-14s %-14s %-14s %s", name, money(period.withFreeTier().total()),
                money(period.withoutFreeTier().total()),
                projected == null ? "" : money(projected.withFreeTier().total()),
                projected == null ? "" : money(projected.withoutFreeTier().total()));
    }

    private static void functions(StringBuilder text, CostReportDocument report) {
        if (report.functions().isEmpty()) {
            line(text, "No invocations in this period.");
            text.append('\n');
            return;
        }
        line(text, "Per function, before the free tier");
        line(text, "  %-32s %12s %14s %12s   %s", "function (memory, architecture)", "requests", "GB-s", "cost",
                "on the other architecture");
        for (FunctionLine function : report.functions()) {
            line(text, "  %-32s %,12d %14s %12s   %s (%s)", function.functionName() + " ("
                            + function.memorySizeMegabytes() + " MB, " + function.architecture() + ")",
                    function.requests(), function.gigabyteSeconds().toPlainString(), money(function.cost().total()),
                    money(function.costOnOtherArchitecture().total()), function.otherArchitecture());
        }
        text.append('\n');
    }

    private static void ec2(StringBuilder text, Ec2 ec2, int hoursPerMonth) {
        line(text, "EC2 instead, holding the peak: %,d MB and %s vCPUs", ec2.requiredMemoryMegabytes(),
                ec2.requiredVcpus());
        for (Instance instance : ec2.instances()) {
            line(text, "  %d x %s (%s, %d vCPUs, %,d MB, $%s an hour on demand)", instance.count(), instance.type(),
                    instance.architecture(), instance.vcpus(), instance.memoryMegabytes(),
                    instance.onDemandHourly().toPlainString());
        }
        PerPurchaseOption monthly = ec2.monthly();
        line(text, "  a %d-hour month: on demand %s, spot %s, 1-year compute savings plan %s", hoursPerMonth,
                money(monthly.onDemand()), money(monthly.spot()), money(monthly.savingsPlan()));
        if (ec2.capacityInvocationsPerSecond() != null) {
            line(text, "  holds about %s invocations a second of this period's average",
                    ec2.capacityInvocationsPerSecond());
            line(text, "  Lambda costs as much at (invocations a second, free tier applied):");
            line(text, "    %-10s %14s %14s %14s", "", "on demand", "spot", "savings plan");
            for (Map.Entry<String, PerPurchaseOption> entry : ec2.breakEvenInvocationsPerSecond().entrySet()) {
                PerPurchaseOption rates = entry.getValue();
                line(text, "    %-10s %14s %14s %14s", entry.getKey(), rate(rates.onDemand()), rate(rates.spot()),
                        rate(rates.savingsPlan()));
            }
        }
        text.append('\n');
    }

    private static void assumptions(StringBuilder text, CostReportDocument report) {
        line(text, "Assumptions");
        line(text, "  - Prices: %s, retrieved %s from:", report.prices().region(), report.prices().retrieved());
        report.prices().sources().forEach(source -> line(text, "      %s", source));
        bullet(text, String.format(Locale.ROOT, "Free tier a month: %,d requests and %s GB-seconds.",
                report.prices().freeRequestsPerMonth(), grouped(report.prices().freeGigabyteSecondsPerMonth())));
        bullet(text, String.format(Locale.ROOT, "One vCPU per %,d MB of memory, as Lambda gives, for the EC2 sizing;"
                + " a month is %d hours.", report.prices().megabytesPerVcpu(), report.prices().hoursPerMonth()));
        report.prices().notes().forEach(note -> bullet(text, note));
        report.method().forEach(method -> bullet(text, method));
    }

    /** A list item wrapped at {@value #WIDTH} columns, continued under its first word. */
    private static void bullet(StringBuilder text, String item) {
        StringBuilder line = new StringBuilder("  -");
        for (String word : item.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > 4) {
                text.append(line).append('\n');
                line = new StringBuilder("   ");
            }
            line.append(' ').append(word);
        }
        text.append(line).append('\n');
    }

    private static String grouped(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? String.format(Locale.ROOT, "%,d", amount.longValue())
                : amount.toPlainString();
    }

    /** Dollars to the cent; below a cent, to the millionth, so that small bills do not read as free. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        if (amount.signum() != 0 && amount.abs().compareTo(new BigDecimal("0.01")) < 0) {
            return "$" + amount.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? "-" : String.format(Locale.ROOT, "%,.3f", rate);
    }

    private static void line(StringBuilder text, String format, Object... arguments) {
        text.append(String.format(Locale.ROOT, format, arguments).stripTrailing()).append('\n');
    }
}
