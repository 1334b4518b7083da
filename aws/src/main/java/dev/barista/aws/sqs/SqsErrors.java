package dev.barista.aws.sqs;

import dev.barista.aws.protocol.AwsError;
import dev.barista.core.error.ErrorCode;

/**
 * SQS's error codes and statuses for core's failures: the one table of the SQS adapter, for both protocols. Each
 * entry has SQS's awsJson code (its Smithy shape name, which the SDK v2 maps to an exception class) and its awsQuery
 * code (which awsQuery answers and awsJson sends in {@code x-amzn-query-error}, so that clients of either protocol
 * read the same code), with the statuses of SQS's API model.
 */
final class SqsErrors {
    private SqsErrors() {
    }

    static AwsError errorFor(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND -> client("QueueDoesNotExist", 400, "AWS.SimpleQueueService.NonExistentQueue");
            case RESOURCE_CONFLICT -> client("QueueNameExists", 400, "QueueAlreadyExists");
            // Not modeled: SQS's common error, answered for out-of-range and malformed parameters.
            case INVALID_PARAMETER_VALUE, VALIDATION, INVALID_REQUEST_CONTENT, REQUEST_TOO_LARGE, PRECONDITION_FAILED,
                 RESPONSE_TOO_LARGE, CODE_STORAGE_EXCEEDED ->
                    client("InvalidParameterValueException", 400, "InvalidParameterValue");
            case MISSING_PARAMETER -> client("MissingRequiredParameterException", 400, "MissingParameter");
            case TOO_MANY_REQUESTS -> client("RequestThrottled", 403, "RequestThrottled");
            // Barista's own (ADR 0002): 501 tells clients and humans the operation exists in SQS but not here.
            case UNSUPPORTED_OPERATION -> client("NotImplemented", 501, "NotImplemented");
            case SERVICE_FAILURE -> AwsError.server("InternalFailure", 500).withQueryCode("InternalFailure");
            case REFERENCED_RESOURCE_NOT_FOUND ->
                    client("ResourceNotFoundException", 404, "ResourceNotFoundException");
            case QUEUE_DELETED_RECENTLY ->
                    client("QueueDeletedRecently", 400, "AWS.SimpleQueueService.QueueDeletedRecently");
            case PURGE_IN_PROGRESS ->
                    client("PurgeQueueInProgress", 403, "AWS.SimpleQueueService.PurgeQueueInProgress");
            case RECEIPT_HANDLE_INVALID -> client("ReceiptHandleIsInvalid", 404, "ReceiptHandleIsInvalid");
            case MESSAGE_NOT_IN_FLIGHT ->
                    client("MessageNotInflight", 400, "AWS.SimpleQueueService.MessageNotInflight");
            case INVALID_ATTRIBUTE_NAME -> client("InvalidAttributeName", 400, "InvalidAttributeName");
            case INVALID_ATTRIBUTE_VALUE -> client("InvalidAttributeValue", 400, "InvalidAttributeValue");
            case BATCH_EMPTY -> client("EmptyBatchRequest", 400, "AWS.SimpleQueueService.EmptyBatchRequest");
            case BATCH_TOO_MANY_ENTRIES -> client("TooManyEntriesInBatchRequest", 400,
                    "AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
            case BATCH_ENTRY_IDS_NOT_DISTINCT -> client("BatchEntryIdsNotDistinct", 400,
                    "AWS.SimpleQueueService.BatchEntryIdsNotDistinct");
            case BATCH_ENTRY_ID_INVALID ->
                    client("InvalidBatchEntryId", 400, "AWS.SimpleQueueService.InvalidBatchEntryId");
            case BATCH_REQUEST_TOO_LONG ->
                    client("BatchRequestTooLong", 400, "AWS.SimpleQueueService.BatchRequestTooLong");
            case OVER_LIMIT -> client("OverLimit", 403, "OverLimit");
            case INVALID_MESSAGE_CONTENTS -> client("InvalidMessageContents", 400, "InvalidMessageContents");
            case INVALID_ADDRESS -> client("InvalidAddress", 404, "InvalidAddress");
            // Raised by other services; placed by meaning should an SQS operation ever raise them.
            case RESOURCE_IN_USE -> client("InvalidParameterValueException", 400, "InvalidParameterValue");
            case INVALID_PARAMETER_COMBINATION, INVALID_NEXT_TOKEN ->
                    client("InvalidParameterValueException", 400, "InvalidParameterValue");
            case LIMIT_EXCEEDED, TOO_MANY_TAGS -> client("OverLimit", 403, "OverLimit");
        };
    }

    private static AwsError client(String jsonCode, int status, String queryCode) {
        return AwsError.client(jsonCode, status).withQueryCode(queryCode);
    }
}
