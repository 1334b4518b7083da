package dev.barista.core.eventsource;

import static dev.barista.core.eventsource.EventSourceMappingFixture.FIFO_QUEUE;
import static dev.barista.core.eventsource.EventSourceMappingFixture.QUEUE;
import static dev.barista.core.eventsource.EventSourceMappingFixture.create;
import static dev.barista.core.eventsource.EventSourceMappingFixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSourceMappingServiceTest {
    private final EventSourceMappingFixture fixture = new EventSourceMappingFixture();
    private final EventSourceMappingService service = fixture.service;

    private static CreateEventSourceMappingCommand withBatching(Integer batchSize, Integer window, String queue) {
        return new CreateEventSourceMappingCommand("worker", queue, null, batchSize, window, null, null, null, null);
    }

    static BaristaException failure(Runnable action) {
        try {
            action.run();
        } catch (BaristaException exception) {
            return exception;
        }
        throw new AssertionError("expected a BaristaException");
    }

    @Test
    void createAppliesLambdasDefaultsAndStartsCreating() {
        EventSourceMapping created = service.create(create("worker", QUEUE));

        assertThat(created.uuid()).matches("[0-9a-f-]{36}");
        assertThat(created.eventSourceArn()).isEqualTo(QUEUE);
        assertThat(created.functionName()).isEqualTo("worker");
        assertThat(created.functionQualifier()).isNull();
        assertThat(created.batchSize()).isEqualTo(10);
        assertThat(created.maximumBatchingWindowSeconds()).isZero();
        assertThat(created.filterPatterns()).isEmpty();
        assertThat(created.maximumConcurrency()).isNull();
        assertThat(created.reportBatchItemFailures()).isFalse();
        assertThat(created.enabled()).isTrue();
        assertThat(created.state()).isEqualTo(EventSourceMappingState.CREATING);
        assertThat(created.stateTransitionReason()).isEqualTo("USER_INITIATED");
        assertThat(created.lastModified()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.changed).containsExactly(created.uuid());
    }

    @Test
    void createTakesEverySetting() {
        EventSourceMapping created = service.create(new CreateEventSourceMappingCommand(
                "arn:aws:lambda:us-east-1:000000000000:function:worker", QUEUE, false, 500, 5,
                List.of("body=a"), 50, List.of("ReportBatchItemFailures"), null));

        assertThat(created.batchSize()).isEqualTo(500);
        assertThat(created.maximumBatchingWindowSeconds()).isEqualTo(5);
        assertThat(created.filterPatterns()).containsExactly("body=a");
        assertThat(created.maximumConcurrency()).isEqualTo(50);
        assertThat(created.reportBatchItemFailures()).isTrue();
        assertThat(created.enabled()).isFalse();
    }

    @Test
    void aCreatedMappingSettlesEnabledOrDisabled() {
        EventSourceMapping created = service.create(create("worker", QUEUE));

        assertThat(service.completeTransition(created.uuid())).get()
                .extracting(EventSourceMapping::state).isEqualTo(EventSourceMappingState.ENABLED);
        assertThat(service.get(created.uuid()).state()).isEqualTo(EventSourceMappingState.ENABLED);
    }

    @Test
    void aQualifiedFunctionArnKeepsItsQualifier() {
        fixture.functions.publishVersion("worker", null, null, null);

        EventSourceMapping created = service.create(create(
                "arn:aws:lambda:us-east-1:000000000000:function:worker:1", QUEUE));

        assertThat(created.functionName()).isEqualTo("worker");
        assertThat(created.functionQualifier()).isEqualTo("1");
    }

    @Test
    void anUnknownFunctionIsNotFound() {
        BaristaException failure = failure(() -> service.create(create("nobody", QUEUE)));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure).hasMessage("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nobody");
    }

    @Test
    void anUnknownQueueIsRefusedInLambdasWords() {
        BaristaException failure = failure(() -> service.create(create("worker",
                "arn:aws:sqs:us-east-1:000000000000:missing")));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(failure).hasMessage("Error occurred while ReceiveMessage. SQS Error Code:"
                + " AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist or"
                + " you do not have access to it.");
    }

    @Test
    void otherServicesSourcesAreRefusedUntilBaristaHasThem() {
        for (String arn : List.of("arn:aws:kinesis:us-east-1:000000000000:stream/clicks",
                "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-11-22T10:00:00.000",
                "arn:aws:kafka:us-east-1:000000000000:cluster/events/abc", "arn:aws:mq:us-east-1:000000000000:broker:b",
                "arn:aws:sns:us-east-1:000000000000:topic")) {
            BaristaException failure = failure(() -> service.create(create("worker", arn)));
            assertThat(failure.code()).as(arn).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        }
        assertThat(failure(() -> service.create(create("worker", "orders"))).code())
                .isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    void unsupportedParametersAreRefusedForQueues() {
        BaristaException failure = failure(() -> service.create(new CreateEventSourceMappingCommand("worker", QUEUE,
                null, null, null, null, null, null, List.of("StartingPosition"))));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(failure).hasMessage("StartingPosition is not valid for SQS event sources.");
    }

    @Test
    void parametersBaristaDoesNotImplementAreRefusedLoudly() {
        BaristaException failure = failure(() -> service.create(new CreateEventSourceMappingCommand("worker", QUEUE,
                null, null, null, null, null, null, List.of("MetricsConfig"))));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(failure).hasMessage("Barista does not support MetricsConfig on event source mappings yet.");
    }

    @Test
    void aSecondMappingOfTheSameQueueAndFunctionIsAConflictNamingTheFirst() {
        EventSourceMapping first = service.create(create("worker", QUEUE));

        BaristaException failure = failure(() -> service.create(create("worker", QUEUE)));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_CONFLICT);
        assertThat(failure).hasMessage("An event source mapping with SQS arn (\" " + QUEUE + " \") and function"
                + " (\" worker \") already exists. Please update or delete the existing mapping with UUID "
                + first.uuid());
    }

    @Test
    void aQueueVisibilityTimeoutShorterThanTheFunctionTimeoutIsRefused() {
        fixture.function("slow", 60);

        BaristaException failure = failure(() -> service.create(create("slow", QUEUE)));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(failure).hasMessage("Queue visibility timeout: 30 seconds is less than Function timeout: 60"
                + " seconds");
    }

    @Test
    void aVisibilityTimeoutEqualToTheFunctionTimeoutIsEnough() {
        fixture.function("exact", 30);

        assertThat(service.create(create("exact", QUEUE)).functionName()).isEqualTo("exact");
    }

    @Test
    void batchSizeAndWindowRangesAreTheModels() {
        assertThat(failure(() -> service.create(withBatching(0, null, QUEUE)))).hasMessage("1 validation error"
                + " detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater"
                + " than or equal to 1");
        assertThat(failure(() -> service.create(withBatching(10_001, 1, QUEUE))).code())
                .isEqualTo(ErrorCode.VALIDATION);
        assertThat(failure(() -> service.create(withBatching(null, -1, QUEUE))).code())
                .isEqualTo(ErrorCode.VALIDATION);
        assertThat(failure(() -> service.create(withBatching(null, 301, QUEUE)))).hasMessageContaining(
                "'maximumBatchingWindowInSeconds' failed to satisfy constraint: Member must have value less than or"
                        + " equal to 300");
    }

    @Test
    void batchesOverTenNeedABatchingWindow() {
        BaristaException failure = failure(() -> service.create(withBatching(11, null, QUEUE)));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(failure).hasMessage("Maximum batch window in seconds must be greater than 0 if maximum batch size"
                + " is greater than 10");
        assertThat(service.create(withBatching(10_000, 1, QUEUE)).batchSize()).isEqualTo(10_000);
    }

    @Test
    void fifoQueuesHaveNoBatchingWindowAndSoAtMostTenMessages() {
        assertThat(failure(() -> service.create(withBatching(10, 1, FIFO_QUEUE))))
                .hasMessage("Batching window is not supported for FIFO queues");
        assertThat(failure(() -> service.create(withBatching(11, null, FIFO_QUEUE))).code())
                .isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(service.create(withBatching(10, 0, FIFO_QUEUE)).batchSize()).isEqualTo(10);
    }

    @Test
    void maximumConcurrencyIsTwoToOneThousand() {
        for (int refused : new int[] {1, 1001}) {
            BaristaException failure = failure(() -> service.create(new CreateEventSourceMappingCommand("worker",
                    QUEUE, null, null, null, null, refused, null, null)));
            assertThat(failure.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(failure).hasMessageContaining("'scalingConfig.maximumConcurrency'");
        }
    }

    @Test
    void functionResponseTypesAcceptOnlyReportBatchItemFailures() {
        BaristaException failure = failure(() -> service.create(new CreateEventSourceMappingCommand("worker", QUEUE,
                null, null, null, null, null, List.of("ReportEverything"), null)));

        assertThat(failure.code()).isEqualTo(ErrorCode.VALIDATION);
        assertThat(failure).hasMessageContaining("Member must satisfy enum value set: [ReportBatchItemFailures]");
    }

    @Test
    void filterCriteriaHoldAtMostFiveValidPatterns() {
        BaristaException tooMany = failure(() -> service.create(new CreateEventSourceMappingCommand("worker", QUEUE,
                null, null, null, List.of("body=1", "body=2", "body=3", "body=4", "body=5", "body=6"), null, null,
                null)));
        BaristaException invalid = failure(() -> service.create(new CreateEventSourceMappingCommand("worker", QUEUE,
                null, null, null, List.of("invalid"), null, null, null)));

        assertThat(tooMany.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(invalid).hasMessage("Invalid filter pattern definition.");
    }

    @Test
    void getOfAnUnknownUuidIsNotFound() {
        BaristaException failure = failure(() -> service.get("00000000-0000-0000-0000-000000000000"));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure).hasMessage("The resource you requested does not exist.");
    }

    @Test
    void listFiltersByQueueAndFunctionAndPages() {
        fixture.function("auditor", 3);
        EventSourceMapping worker = service.create(create("worker", QUEUE));
        EventSourceMapping auditor = service.create(create("auditor", QUEUE));
        EventSourceMapping fifo = service.create(create("worker", FIFO_QUEUE));

        assertThat(service.list(QUEUE, null, null, null).items()).extracting(EventSourceMapping::uuid)
                .containsExactlyInAnyOrder(worker.uuid(), auditor.uuid());
        assertThat(service.list(null, "arn:aws:lambda:us-east-1:000000000000:function:worker", null, null).items())
                .extracting(EventSourceMapping::uuid).containsExactlyInAnyOrder(worker.uuid(), fifo.uuid());
        Page<EventSourceMapping> first = service.list(null, null, null, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(service.list(null, null, first.nextMarker(), 2).items()).hasSize(1);
        assertThat(failure(() -> service.list(null, null, null, 0)).code()).isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    void updateChangesTheGivenSettingsAndIsUpdating() {
        EventSourceMapping mapping = fixture.enabledMapping();
        fixture.clock.advance(java.time.Duration.ofMinutes(1));

        EventSourceMapping updated = service.update(new UpdateEventSourceMappingCommand(mapping.uuid(), null, null,
                100, 10, List.of("body=x"), true, 7, List.of("ReportBatchItemFailures"), null));

        assertThat(updated.state()).isEqualTo(EventSourceMappingState.UPDATING);
        assertThat(updated.batchSize()).isEqualTo(100);
        assertThat(updated.maximumBatchingWindowSeconds()).isEqualTo(10);
        assertThat(updated.filterPatterns()).containsExactly("body=x");
        assertThat(updated.maximumConcurrency()).isEqualTo(7);
        assertThat(updated.reportBatchItemFailures()).isTrue();
        assertThat(updated.lastModified()).isEqualTo(fixture.clock.instant());
        assertThat(service.completeTransition(mapping.uuid())).get().extracting(EventSourceMapping::state)
                .isEqualTo(EventSourceMappingState.ENABLED);
    }

    @Test
    void emptyListsAndAnEmptyScalingConfigRemoveSettings() {
        EventSourceMapping mapping = service.create(new CreateEventSourceMappingCommand("worker", QUEUE, null, null,
                null, List.of("body=a"), 5, List.of("ReportBatchItemFailures"), null));
        service.completeTransition(mapping.uuid());

        EventSourceMapping updated = service.update(new UpdateEventSourceMappingCommand(mapping.uuid(), null, null,
                null, null, List.of(), true, null, List.of(), null));

        assertThat(updated.filterPatterns()).isEmpty();
        assertThat(updated.maximumConcurrency()).isNull();
        assertThat(updated.reportBatchItemFailures()).isFalse();
    }

    @Test
    void anUpdateWithoutSettingsKeepsThem() {
        EventSourceMapping mapping = service.create(new CreateEventSourceMappingCommand("worker", QUEUE, null, 20, 2,
                List.of("body=a"), 5, List.of("ReportBatchItemFailures"), null));
        service.completeTransition(mapping.uuid());

        EventSourceMapping updated = service.update(update(mapping.uuid()));

        assertThat(updated.batchSize()).isEqualTo(20);
        assertThat(updated.maximumBatchingWindowSeconds()).isEqualTo(2);
        assertThat(updated.filterPatterns()).containsExactly("body=a");
        assertThat(updated.maximumConcurrency()).isEqualTo(5);
        assertThat(updated.reportBatchItemFailures()).isTrue();
    }

    @Test
    void disablingAndEnablingPassThroughTheirTransientStates() {
        EventSourceMapping mapping = fixture.enabledMapping();

        EventSourceMapping disabling = service.update(new UpdateEventSourceMappingCommand(mapping.uuid(), null, false,
                null, null, null, false, null, null, null));
        assertThat(disabling.state()).isEqualTo(EventSourceMappingState.DISABLING);
        assertThat(service.completeTransition(mapping.uuid()).orElseThrow().state())
                .isEqualTo(EventSourceMappingState.DISABLED);
        EventSourceMapping enabling = service.update(new UpdateEventSourceMappingCommand(mapping.uuid(), null, true,
                null, null, null, false, null, null, null));
        assertThat(enabling.state()).isEqualTo(EventSourceMappingState.ENABLING);
    }

    @Test
    void updatingAMappingThatIsStillCreatingIsInUse() {
        EventSourceMapping created = service.create(create("worker", QUEUE));

        assertThat(failure(() -> service.update(update(created.uuid()))).code())
                .isEqualTo(ErrorCode.RESOURCE_IN_USE);
        assertThat(failure(() -> service.delete(created.uuid())).code()).isEqualTo(ErrorCode.RESOURCE_IN_USE);
    }

    @Test
    void updateChecksTheNewFunctionsTimeoutAgainstTheQueue() {
        EventSourceMapping mapping = fixture.enabledMapping();
        fixture.function("slow", 45);

        BaristaException failure = failure(() -> service.update(new UpdateEventSourceMappingCommand(mapping.uuid(),
                "slow", null, null, null, null, false, null, null, null)));

        assertThat(failure).hasMessage("Queue visibility timeout: 30 seconds is less than Function timeout: 45"
                + " seconds");
        assertThat(service.get(mapping.uuid()).state()).isEqualTo(EventSourceMappingState.ENABLED);
    }

    @Test
    void updateRechecksBatchingRules() {
        EventSourceMapping mapping = fixture.enabledMapping();

        assertThat(failure(() -> service.update(new UpdateEventSourceMappingCommand(mapping.uuid(), null, null, 50,
                null, null, false, null, null, null))).code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void updateOfAnUnknownUuidIsNotFound() {
        assertThat(failure(() -> service.update(update("nope"))).code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure(() -> service.delete("nope")).code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void deleteMovesToDeletingAndTheMappingIsRemovedOnceThePollersStopped() {
        EventSourceMapping mapping = fixture.enabledMapping();

        EventSourceMapping deleting = service.delete(mapping.uuid());

        assertThat(deleting.state()).isEqualTo(EventSourceMappingState.DELETING);
        assertThat(service.get(mapping.uuid()).state()).isEqualTo(EventSourceMappingState.DELETING);
        assertThat(fixture.changed).endsWith(mapping.uuid());
        assertThat(service.completeTransition(mapping.uuid())).isEmpty();
        assertThat(failure(() -> service.get(mapping.uuid())).code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void completingASettledOrMissingMappingChangesNothing() {
        EventSourceMapping mapping = fixture.enabledMapping();

        assertThat(service.completeTransition(mapping.uuid())).contains(mapping);
        assertThat(service.completeTransition("gone")).isEmpty();
    }
}
