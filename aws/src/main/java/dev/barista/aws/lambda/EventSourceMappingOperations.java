package dev.barista.aws.lambda;

import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.lambda.wire.CreateEventSourceMappingInput;
import dev.barista.aws.lambda.wire.EventSourceMappingConfiguration;
import dev.barista.aws.lambda.wire.EventSourceMappingParameters;
import dev.barista.aws.lambda.wire.ListEventSourceMappingsOutput;
import dev.barista.aws.lambda.wire.UpdateEventSourceMappingInput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.eventsource.EventSourceMapping;
import dev.barista.core.eventsource.EventSourceMappingService;
import dev.barista.core.function.AccountSettings;
import java.util.List;
import java.util.Map;

/** SQS event source mappings. One thin method per operation; changes answer 202, as Lambda does. */
final class EventSourceMappingOperations {
    private static final String UUID = "UUID";

    private final EventSourceMappingService mappings;
    private final AccountSettings account;

    EventSourceMappingOperations(EventSourceMappingService mappings) {
        this.mappings = mappings;
        this.account = mappings.account();
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html">
     * CreateEventSourceMapping</a>: 202, {@code Creating}.
     */
    RestJsonResponse createEventSourceMapping(RestJsonRequest request) {
        return accepted(mappings.create(request.body(CreateEventSourceMappingInput.class)
                .toCommand(notTaken(request))));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetEventSourceMapping.html">
     * GetEventSourceMapping</a>.
     */
    RestJsonResponse getEventSourceMapping(RestJsonRequest request) {
        return RestJsonResponse.ok(EventSourceMappingConfiguration.of(mappings.get(request.label(UUID)), account));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListEventSourceMappings.html">
     * ListEventSourceMappings</a>.
     */
    RestJsonResponse listEventSourceMappings(RestJsonRequest request) {
        return RestJsonResponse.ok(ListEventSourceMappingsOutput.of(mappings.list(request.query("EventSourceArn"),
                request.query("FunctionName"), request.query("Marker"), request.queryInteger("MaxItems", "maxItems")),
                account));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html">
     * UpdateEventSourceMapping</a>: 202, {@code Updating}, {@code Enabling} or {@code Disabling}.
     */
    RestJsonResponse updateEventSourceMapping(RestJsonRequest request) {
        return accepted(mappings.update(request.body(UpdateEventSourceMappingInput.class)
                .toCommand(request.label(UUID), notTaken(request))));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteEventSourceMapping.html">
     * DeleteEventSourceMapping</a>: 202, {@code Deleting}.
     */
    RestJsonResponse deleteEventSourceMapping(RestJsonRequest request) {
        return accepted(mappings.delete(request.label(UUID)));
    }

    private RestJsonResponse accepted(EventSourceMapping mapping) {
        return new RestJsonResponse(202, HttpHeaders.empty(),
                new RestJsonResponse.Body.Json(EventSourceMappingConfiguration.of(mapping, account)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> notTaken(RestJsonRequest request) {
        return EventSourceMappingParameters.notTaken(request.body(Map.class));
    }
}
