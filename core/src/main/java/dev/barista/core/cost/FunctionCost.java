package dev.barista.core.cost;

import dev.barista.core.function.Architecture;
import dev.barista.core.metering.Usage;
import java.util.Objects;

/**
 * One function's (and memory size's) share of the period's Lambda bill, before the free tier (which belongs to
 * the account, not to a function): on the architecture it declares, and on the other one.
 */
public record FunctionCost(String functionName, int memorySizeMegabytes, Architecture architecture, Usage usage,
                           LambdaBill asDeclared, LambdaBill onOtherArchitecture) {
    public FunctionCost {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(asDeclared, "asDeclared");
        Objects.requireNonNull(onOtherArchitecture, "onOtherArchitecture");
    }

    public Architecture otherArchitecture() {
        return architecture == Architecture.X86_64 ? Architecture.ARM64 : Architecture.X86_64;
    }
}
