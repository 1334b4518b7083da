package dev.barista.aws.logs;

import dev.barista.aws.protocol.AwsError;
import dev.barista.core.error.ErrorCode;

/**
 * CloudWatch Logs' error codes for core's failures: the one table of the Logs adapter. Logs answers every client
 * error with HTTP 400, constraint violations included ("1 validation error detected: ..." as
 * {@code InvalidParameterException}).
 */
final class LogsErrors {
    private LogsErrors() {
    }

    static AwsError errorFor(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFoundException", 400);
            case RESOURCE_CONFLICT -> AwsError.client("ResourceAlreadyExistsException", 400);
            case INVALID_PARAMETER_VALUE, VALIDATION, REQUEST_TOO_LARGE, RESPONSE_TOO_LARGE ->
                    AwsError.client("InvalidParameterException", 400);
            case PRECONDITION_FAILED, RESOURCE_IN_USE -> AwsError.client("OperationAbortedException", 400);
            case MISSING_PARAMETER, INVALID_PARAMETER_COMBINATION, INVALID_NEXT_TOKEN ->
                    AwsError.client("InvalidParameterException", 400);
            case INVALID_REQUEST_CONTENT -> AwsError.client("SerializationException", 400);
            case TOO_MANY_REQUESTS -> AwsError.client("ThrottlingException", 400);
            case LIMIT_EXCEEDED, CODE_STORAGE_EXCEEDED -> AwsError.client("LimitExceededException", 400);
            case TOO_MANY_TAGS -> AwsError.client("TooManyTagsException", 400);
            // Barista's own: 501 tells clients and humans that the operation exists in AWS but not here.
            case UNSUPPORTED_OPERATION -> AwsError.client("NotImplemented", 501);
            case SERVICE_FAILURE -> AwsError.server("ServiceUnavailableException", 500);
            // SQS's failures, placed by meaning should a Logs operation ever raise them.
            case REFERENCED_RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFoundException", 400);
            case QUEUE_DELETED_RECENTLY, PURGE_IN_PROGRESS -> AwsError.client("OperationAbortedException", 400);
            case OVER_LIMIT -> AwsError.client("LimitExceededException", 400);
            case RECEIPT_HANDLE_INVALID, MESSAGE_NOT_IN_FLIGHT, INVALID_ATTRIBUTE_NAME, INVALID_ATTRIBUTE_VALUE,
                 BATCH_EMPTY, BATCH_TOO_MANY_ENTRIES, BATCH_ENTRY_IDS_NOT_DISTINCT, BATCH_ENTRY_ID_INVALID,
                 BATCH_REQUEST_TOO_LONG, INVALID_MESSAGE_CONTENTS, INVALID_ADDRESS ->
                    AwsError.client("InvalidParameterException", 400);
        };
    }
}
