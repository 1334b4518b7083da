package dev.barista.aws.lambda;

import dev.barista.aws.protocol.AwsError;
import dev.barista.core.error.ErrorCode;

/**
 * Lambda's error codes and statuses for core's failures: the one table of the Lambda adapter. Codes and statuses
 * are those of the Lambda API model, except where noted.
 */
final class LambdaErrors {
    private LambdaErrors() {
    }

    static AwsError errorFor(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFoundException", 404);
            case RESOURCE_CONFLICT -> AwsError.client("ResourceConflictException", 409);
            case INVALID_PARAMETER_VALUE -> AwsError.client("InvalidParameterValueException", 400);
            // Not in the model, but what Lambda's front end answers for constraint violations ("1 validation error
            // detected: ..."); the SDKs surface it as a LambdaException with this code.
            case VALIDATION -> AwsError.client("ValidationException", 400);
            case PRECONDITION_FAILED -> AwsError.client("PreconditionFailedException", 412);
            // The model names it RequestTooLargeException, but Lambda answers RequestEntityTooLargeException ("Request
            // must be smaller than 6291456 bytes for the InvokeFunction operation"); clients match on the latter.
            case REQUEST_TOO_LARGE -> AwsError.client("RequestEntityTooLargeException", 413);
            // Also Lambda's answer to a control-plane body that is not JSON or does not fit the operation's input
            // ("Could not parse request body into json: ..."): its front end has no SerializationException.
            case INVALID_REQUEST_CONTENT -> AwsError.client("InvalidRequestContentException", 400);
            case TOO_MANY_REQUESTS -> AwsError.client("TooManyRequestsException", 429);
            // Lambda reports an oversized response as a function error (200, X-Amz-Function-Error: Unhandled,
            // errorType Function.ResponseSizeTooLarge), which the invocation service returns as a result; this
            // entry only keeps the failure readable should it arrive as an exception.
            case RESPONSE_TOO_LARGE -> AwsError.client("ResponseSizeTooLargeException", 413);
            case CODE_STORAGE_EXCEEDED -> AwsError.client("CodeStorageExceededException", 400);
            // Barista's own: 501 tells clients and humans that the operation exists in AWS but not here.
            case UNSUPPORTED_OPERATION -> AwsError.client("NotImplemented", 501);
            case SERVICE_FAILURE -> AwsError.server("ServiceException", 500);
            // Updating an event source mapping that is Creating, deleting one that is Updating.
            case RESOURCE_IN_USE -> AwsError.client("ResourceInUseException", 400);
            // Lambda has no codes of its own for these: its API answers bad parameters and markers this way.
            case MISSING_PARAMETER, INVALID_PARAMETER_COMBINATION, INVALID_NEXT_TOKEN ->
                    AwsError.client("InvalidParameterValueException", 400);
            // Lambda has no generic quota error: it reports limits as invalid parameters, tag limits included.
            case LIMIT_EXCEEDED -> AwsError.client("InvalidParameterValueException", 400);
            case TOO_MANY_TAGS -> AwsError.client("InvalidParameterValueException", 400);
            // SQS's failures, placed by meaning should a Lambda operation ever raise them.
            case REFERENCED_RESOURCE_NOT_FOUND -> AwsError.client("ResourceNotFoundException", 404);
            case QUEUE_DELETED_RECENTLY, PURGE_IN_PROGRESS -> AwsError.client("ResourceConflictException", 409);
            case RECEIPT_HANDLE_INVALID, MESSAGE_NOT_IN_FLIGHT, INVALID_ATTRIBUTE_NAME, INVALID_ATTRIBUTE_VALUE,
                 BATCH_EMPTY, BATCH_TOO_MANY_ENTRIES, BATCH_ENTRY_IDS_NOT_DISTINCT, BATCH_ENTRY_ID_INVALID,
                 BATCH_REQUEST_TOO_LONG, OVER_LIMIT, INVALID_MESSAGE_CONTENTS, INVALID_ADDRESS ->
                    AwsError.client("InvalidParameterValueException", 400);
        };
    }
}
