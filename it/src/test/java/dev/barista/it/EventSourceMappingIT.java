package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event source mappings through the SDK: what Lambda answers before any queue needs to exist (with SQS wired in,
 * {@code SqsEventSourceIT} covers the rest).
 */
@ExtendWith(BaristaExtension.class)
class EventSourceMappingIT {
    private static final String MISSING_QUEUE = "arn:aws:sqs:us-east-1:123456789012:no-such-queue";
    private final Barista barista;
    private final String function = Barista.uniqueName("esm");

    EventSourceMappingIT(Barista barista) {
        this.barista = barista;
        barista.createPython(function);
    }

    @Test
    void anUnknownFunctionIsResourceNotFound() {
        var error = assertAwsError(404, "ResourceNotFoundException", () -> barista.lambda()
                .createEventSourceMapping(request -> request.functionName("no-such-function")
                        .eventSourceArn(MISSING_QUEUE)));

        assertThat(message(error)).isEqualTo(
                "Function not found: arn:aws:lambda:us-east-1:123456789012:function:no-such-function");
    }

    @Test
    void aQueueThatDoesNotExistIsAnInvalidParameterValue() {
        var error = assertAwsError(400, "InvalidParameterValueException", () -> barista.lambda()
                .createEventSourceMapping(request -> request.functionName(function).eventSourceArn(MISSING_QUEUE)));

        assertThat(message(error)).isEqualTo("Error occurred while ReceiveMessage. SQS Error Code:"
                + " AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist or"
                + " you do not have access to it.");
    }

    @Test
    void sourcesOfServicesBaristaLacksAreRefused() {
        assertAwsError(400, "InvalidParameterValueException", () -> barista.lambda().createEventSourceMapping(
                request -> request.functionName(function)
                        .eventSourceArn("arn:aws:kinesis:us-east-1:123456789012:stream/clicks")));
        assertAwsError(400, "InvalidParameterValueException", () -> barista.lambda().createEventSourceMapping(
                request -> request.functionName(function)
                        .eventSourceArn("arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-11-22T10:00:00")));
    }

    @Test
    void anArnOutsideLambdasPatternIsAValidationError() {
        var error = assertAwsError(400, "ValidationException", () -> barista.lambda().createEventSourceMapping(
                request -> request.functionName(function).eventSourceArn("my-queue")));

        assertThat(message(error)).startsWith("1 validation error detected: Value 'my-queue' at 'eventSourceArn'");
    }

    @Test
    void settingsOutOfRangeAreRefusedBeforeTheQueueIsLookedUp() {
        assertAwsError(400, "ValidationException", () -> barista.lambda().createEventSourceMapping(request -> request
                .functionName(function).eventSourceArn(MISSING_QUEUE).batchSize(0)));
        assertAwsError(400, "ValidationException", () -> barista.lambda().createEventSourceMapping(request -> request
                .functionName(function).eventSourceArn(MISSING_QUEUE).scalingConfig(scaling -> scaling
                        .maximumConcurrency(1))));
        var startingPosition = assertAwsError(400, "InvalidParameterValueException", () -> barista.lambda()
                .createEventSourceMapping(request -> request.functionName(function).eventSourceArn(MISSING_QUEUE)
                        .startingPosition("TRIM_HORIZON")));
        assertThat(message(startingPosition)).isEqualTo("StartingPosition is not valid for SQS event sources.");
        var filter = assertAwsError(400, "InvalidParameterValueException", () -> barista.lambda()
                .createEventSourceMapping(request -> request.functionName(function).eventSourceArn(MISSING_QUEUE)
                        .filterCriteria(criteria -> criteria.filters(f -> f.pattern("{\"body\":\"x\"}")))));
        assertThat(message(filter)).isEqualTo("Invalid filter pattern definition.");
    }

    @Test
    void anUnknownUuidIsResourceNotFoundForGetUpdateAndDelete() {
        String uuid = "a1b2c3d4-5678-90ab-cdef-11111EXAMPLE";

        var error = assertAwsError(404, "ResourceNotFoundException",
                () -> barista.lambda().getEventSourceMapping(request -> request.uuid(uuid)));
        assertThat(message(error)).isEqualTo("The resource you requested does not exist.");
        assertAwsError(404, "ResourceNotFoundException",
                () -> barista.lambda().updateEventSourceMapping(request -> request.uuid(uuid).enabled(false)));
        assertAwsError(404, "ResourceNotFoundException",
                () -> barista.lambda().deleteEventSourceMapping(request -> request.uuid(uuid)));
    }

    @Test
    void listingAFunctionWithoutMappingsIsEmpty() {
        assertThat(barista.lambda().listEventSourceMappings(request -> request.functionName(function))
                .eventSourceMappings()).isEmpty();
        assertAwsError(400, "ValidationException", () -> barista.lambda().listEventSourceMappings(request -> request
                .maxItems(0)));
    }
}
