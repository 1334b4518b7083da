package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.util.Map;
import java.util.regex.Pattern;

/** Lambda's rules for alias names and weighted routing, and the routing choice itself. */
final class AliasRules {
    private static final Pattern NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    private AliasRules() {
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.length() > 128 || !NAME.matcher(name).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + name + "' at 'name' failed to"
                    + " satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
        }
    }

    static void checkRouting(String primaryVersion, Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return;
        }
        if (weights.size() > 1) {
            throw BaristaException.invalidParameter("Number of items in AdditionalVersionWeights cannot be greater than 1");
        }
        if (FunctionConfiguration.LATEST.equals(primaryVersion) || weights.containsKey(FunctionConfiguration.LATEST)) {
            throw BaristaException.invalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
        }
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            if (entry.getKey().equals(primaryVersion)) {
                throw BaristaException.invalidParameter("Invalid function version " + entry.getKey()
                        + ". Function version " + entry.getKey() + " is already included in routing configuration.");
            }
            double weight = entry.getValue() == null ? -1 : entry.getValue();
            if (weight < 0.0 || weight > 1.0) {
                throw BaristaException.validation("1 validation error detected: Value '" + entry.getValue()
                        + "' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must"
                        + " satisfy constraint: [Member must have value less than or equal to 1.0, Member must have"
                        + " value greater than or equal to 0.0]");
            }
        }
    }

    /** The version an invocation through the alias runs, given a uniform draw in [0, 1). */
    static String route(Alias alias, double draw) {
        double threshold = 0.0;
        for (Map.Entry<String, Double> entry : alias.additionalVersionWeights().entrySet()) {
            threshold += entry.getValue();
            if (draw < threshold) {
                return entry.getKey();
            }
        }
        return alias.functionVersion();
    }
}
