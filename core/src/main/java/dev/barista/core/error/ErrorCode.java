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
    TOO_MANY_TAGS,
    /** A resource that a parameter refers to (rather than the one the request acts on) does not exist. */
    REFERENCED_RESOURCE_NOT_FOUND,
    /** A queue was deleted too recently for one of the same name to be created. */
    QUEUE_DELETED_RECENTLY,
    /** The queue was purged too recently to be purged again. */
    PURGE_IN_PROGRESS,
    /** A receipt handle is not one the queue handed out. */
    RECEIPT_HANDLE_INVALID,
    /** The message a receipt handle names is not in flight (it is visible, or gone). */
    MESSAGE_NOT_IN_FLIGHT,
    /** An attribute name is not one the operation knows. */
    INVALID_ATTRIBUTE_NAME,
    /** An attribute's value is out of range or malformed. */
    INVALID_ATTRIBUTE_VALUE,
    /** A batch request has no entries. */
    BATCH_EMPTY,
    /** A batch request has more entries than allowed. */
    BATCH_TOO_MANY_ENTRIES,
    /** Two entries of a batch request have the same id. */
    BATCH_ENTRY_IDS_NOT_DISTINCT,
    /** A batch entry id is malformed. */
    BATCH_ENTRY_ID_INVALID,
    /** The entries of a batch request are larger together than allowed. */
    BATCH_REQUEST_TOO_LONG,
    /** A count limit was reached (tags per resource, messages in flight). */
    OVER_LIMIT,
    /** A message holds characters the service does not accept. */
    INVALID_MESSAGE_CONTENTS,
    /** An address (a queue URL) is not one this service answers for. */
    INVALID_ADDRESS
}
