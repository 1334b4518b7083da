package dev.barista.core.function;

import java.util.Objects;

/**
 * The account this server pretends to be, and its limits.
 *
 * @param concurrentExecutions the account's concurrency limit (Lambda: 1,000)
 * @param minimumUnreservedConcurrency what reservations must leave unreserved (Lambda: 100)
 */
public record AccountSettings(String accountId, String region, int concurrentExecutions,
                              int minimumUnreservedConcurrency) {

    public static final long CODE_SIZE_ZIPPED = 52_428_800L;
    public static final long CODE_SIZE_UNZIPPED = 262_144_000L;
    public static final long TOTAL_CODE_SIZE = 80_530_636_800L;

    public AccountSettings {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("account id must be 12 digits: " + accountId);
        }
        if (concurrentExecutions < 1 || minimumUnreservedConcurrency < 0) {
            throw new IllegalArgumentException("concurrency limits must be positive");
        }
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn(String functionName) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    /** The function ARN with {@code :qualifier}, or unqualified when the qualifier is null. */
    public String functionArn(String functionName, String qualifier) {
        return qualifier == null ? functionArn(functionName) : functionArn(functionName) + ":" + qualifier;
    }
}
