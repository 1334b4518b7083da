package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.AwsError;
import dev.barista.core.error.ErrorCode;
import java.util.Map;

/**
 * CloudWatch's error codes and statuses for core's failures: the one table of the CloudWatch adapter. Codes are the
 * Query codes of the API model (what Query clients see, and what JSON and CBOR clients read from
 * {@code x-amzn-query-error}); {@link #shapeId} names the model's error shape for {@code __type}.
 */
final class CloudWatchErrors {
    static final String SHAPE_NAMESPACE = "com.amazonaws.cloudwatch";
    /** Query code to error shape, where they differ (the model's awsQueryError traits). */
    private static final Map<String, String> SHAPES = Map.of(
            "InvalidParameterValue", "InvalidParameterValueException",
            "MissingParameter", "MissingRequiredParameterException",
            "InvalidParameterCombination", "InvalidParameterCombinationException",
            "InternalServiceError", "InternalServiceFault",
            "LimitExceeded", "LimitExceededFault",
            "InvalidFormat", "InvalidFormatFault",
            "Throttling", "ThrottlingException");

    private CloudWatchErrors() {
    }

    static AwsError errorFor(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFound", 404);
            case RESOURCE_CONFLICT, RESOURCE_IN_USE -> AwsError.client("ConflictException", 409);
            case INVALID_PARAMETER_VALUE, VALIDATION, PRECONDITION_FAILED ->
                    AwsError.client("InvalidParameterValue", 400);
            case MISSING_PARAMETER -> AwsError.client("MissingParameter", 400);
            case INVALID_PARAMETER_COMBINATION -> AwsError.client("InvalidParameterCombination", 400);
            case INVALID_NEXT_TOKEN -> AwsError.client("InvalidNextToken", 400);
            case INVALID_REQUEST_CONTENT -> AwsError.client("InvalidFormat", 400);
            // AWS's common error for a body over the service's limit.
            case REQUEST_TOO_LARGE -> AwsError.client("RequestEntityTooLarge", 413);
            // AWS's common throttling error, which Query services answer with 400.
            case TOO_MANY_REQUESTS -> AwsError.client("Throttling", 400);
            case RESPONSE_TOO_LARGE, CODE_STORAGE_EXCEEDED, LIMIT_EXCEEDED -> AwsError.client("LimitExceeded", 400);
            case TOO_MANY_TAGS -> AwsError.client("InvalidParameterValue", 400);
            // Barista's own: 501 tells clients and humans that the operation exists in AWS but not here.
            case UNSUPPORTED_OPERATION -> AwsError.client("NotImplemented", 501);
            case SERVICE_FAILURE -> AwsError.server("InternalServiceError", 500);
            // SQS's failures, placed by meaning should a CloudWatch operation ever raise them.
            case REFERENCED_RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFound", 404);
            case QUEUE_DELETED_RECENTLY, PURGE_IN_PROGRESS -> AwsError.client("ConflictException", 409);
            case OVER_LIMIT -> AwsError.client("LimitExceeded", 400);
            case RECEIPT_HANDLE_INVALID, MESSAGE_NOT_IN_FLIGHT, INVALID_ATTRIBUTE_NAME, INVALID_ATTRIBUTE_VALUE,
                 BATCH_EMPTY, BATCH_TOO_MANY_ENTRIES, BATCH_ENTRY_IDS_NOT_DISTINCT, BATCH_ENTRY_ID_INVALID,
                 BATCH_REQUEST_TOO_LONG, INVALID_MESSAGE_CONTENTS, INVALID_ADDRESS ->
                    AwsError.client("InvalidParameterValue", 400);
        };
    }

    /** The absolute id of the error shape behind a Query code. */
    static String shapeId(AwsError error) {
        return SHAPE_NAMESPACE + "#" + SHAPES.getOrDefault(error.code(), error.code());
    }
}
