package dev.barista.core.function;

/**
 * The version an invocation runs.
 *
 * @param invokedQualifier what the caller named (alias, version or null), for the invoked ARN
 */
public record ResolvedFunction(FunctionConfiguration configuration, String invokedQualifier) {
}
