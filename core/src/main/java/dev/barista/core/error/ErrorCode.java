package dev.barista.core.error;

/**
 * The closed set of failures that core reports. Each protocol adapter maps these to its AWS error code, HTTP
 * status and envelope in one table at the edge; core never names an AWS error string.
 */
public enum ErrorCode {
    /** The named resource (function, version, alias, ...) does not exist. */
    RESOURCE_NOT_FOUND,
    /** The resource exists already, or its state does not allow the operation now. */
    RESOURCE_CONFLICT,
    /** A parameter is syntactically valid but not acceptable (unknown runtime, bad zip, reserved variable). */
    INVALID_PARAMETER_VALUE,
    /** A parameter violates a declared constraint (length, pattern, range). */
    VALIDATION,
    /** A revision id given by the caller does not match the current one. */
    PRECONDITION_FAILED,
    /** The request body is larger than the operation accepts. */
    REQUEST_TOO_LARGE,
    /** The request body is not what the operation accepts (for Invoke: not JSON). */
    INVALID_REQUEST_CONTENT,
    /** A concurrency limit was reached; the exception carries the reason. */
    TOO_MANY_REQUESTS,
    /** The function's response is larger than the limit. */
    RESPONSE_TOO_LARGE,
    /** The account's code storage is full. */
    CODE_STORAGE_EXCEEDED,
    /** The operation exists in AWS but Barista does not implement it. */
    UNSUPPORTED_OPERATION,
    /** Barista failed internally. */
    SERVICE_FAILURE,
    /** The resource is in a state that does not allow the operation now (an event source mapping mid-change). */
    RESOURCE_IN_USE,
    /** A required parameter is missing (CloudWatch tells it apart from an invalid value). */
    MISSING_PARAMETER,
    /** Parameters that are valid alone cannot be used together (or one of several is required). */
    INVALID_PARAMETER_COMBINATION,
    /** A paging token that this service did not issue, or no longer understands. */
    INVALID_NEXT_TOKEN,
    /** A quota of the account or of a resource is reached (CloudWatch Logs' LimitExceededException). */
    LIMIT_EXCEEDED,
    /** A resource would have more tags than it may. */
    TOO_MANY_TAGS
}
