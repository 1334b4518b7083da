package dev.barista.aws.protocol;

import dev.barista.core.error.ErrorCode;

/** An error table for the protocol tests' services. */
public final class TestErrors {
    private TestErrors() {
    }

    public static AwsError errorFor(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND -> AwsError.client("NotFound", 404);
            case RESOURCE_CONFLICT -> AwsError.client("Conflict", 409);
            case INVALID_PARAMETER_VALUE, VALIDATION, INVALID_REQUEST_CONTENT -> AwsError.client("Invalid", 400);
            case PRECONDITION_FAILED -> AwsError.client("Precondition", 412);
            case REQUEST_TOO_LARGE, RESPONSE_TOO_LARGE -> AwsError.client("TooLarge", 413);
            case TOO_MANY_REQUESTS -> AwsError.client("Throttled", 429);
            case CODE_STORAGE_EXCEEDED -> AwsError.client("Storage", 400);
            case UNSUPPORTED_OPERATION -> AwsError.client("NotImplemented", 501);
            case SERVICE_FAILURE -> AwsError.server("InternalFailure", 500);
            case RESOURCE_IN_USE -> AwsError.client("InUse", 400);
            case MISSING_PARAMETER, INVALID_PARAMETER_COMBINATION, INVALID_NEXT_TOKEN ->
                    AwsError.client("Invalid", 400);
            case LIMIT_EXCEEDED -> AwsError.client("LimitExceeded", 400);
            case TOO_MANY_TAGS -> AwsError.client("TooManyTags", 400);
            case REFERENCED_RESOURCE_NOT_FOUND -> AwsError.client("NotFound", 404);
            case QUEUE_DELETED_RECENTLY, PURGE_IN_PROGRESS -> AwsError.client("Conflict", 409);
            case RECEIPT_HANDLE_INVALID, MESSAGE_NOT_IN_FLIGHT, INVALID_ATTRIBUTE_NAME, INVALID_ATTRIBUTE_VALUE,
                 BATCH_EMPTY,
                  BATCH_TOO_MANY_ENTRIES, BATCH_ENTRY_IDS_NOT_DISTINCT,
                 BATCH_ENTRY_ID_INVALID, BATCH_REQUEST_TOO_LONG, OVER_LIMIT, INVALID_MESSAGE_CONTENTS,
                 INVALID_ADDRESS -> AwsError.client("Invalid", 400);
        };
    }
}
