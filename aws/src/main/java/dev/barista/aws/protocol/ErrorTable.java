package dev.barista.aws.protocol;

import dev.barista.core.error.ErrorCode;

/**
 * A service's one mapping from core's closed set of failures to its AWS error codes and statuses. Implement it with
 * an exhaustive {@code switch} (no {@code default}), so that a new {@link ErrorCode} does not compile until every
 * service has placed it.
 */
@FunctionalInterface
public interface ErrorTable {

    AwsError errorFor(ErrorCode code);
}
