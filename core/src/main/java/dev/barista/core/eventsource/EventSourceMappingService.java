package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionReference;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.Page;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.QueueFacts;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * SQS event source mappings: the five Lambda control-plane operations, one method each, and the end of each change
 * once the pollers have applied it. Every change is stored in a transient state ({@link EventSourceMappingState})
 * and announced to {@code changed}; the pollers apply it and call {@link #completeTransition}. Thread-safe; all
 * state lives in the {@link EventSourceMappingStore}.
 */
public final class EventSourceMappingService {
    private static final int DEFAULT_PAGE = 100;

    private final EventSourceMappingStore store;
    private final FunctionService functions;
    private final MessageQueues queues;
    private final SqsEventCodec codec;
    private final Clock clock;
    private final Consumer<String> changed;

    /**
     * @param changed told the UUID of every mapping that was created, updated or is being deleted; it must not
     *     block (the pollers apply the change in the background)
     */
    public EventSourceMappingService(EventSourceMappingStore store, FunctionService functions, MessageQueues queues,
                                     SqsEventCodec codec, Clock clock, Consumer<String> changed) {
        this.store = Objects.requireNonNull(store, "store");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.queues = Objects.requireNonNull(queues, "queues");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    public AccountSettings account() {
        return functions.account();
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html">
     * CreateEventSourceMapping</a>: the new mapping, {@code Creating}.
     */
    public EventSourceMapping create(CreateEventSourceMappingCommand command) {
        EventSourceArns.requireQueue(command.eventSourceArn());
        EventSourceMappingRules.refuseUnsupportedParameters(command.unsupportedParameters());
        FunctionReference function = FunctionReference.parse(command.functionName(), null);
        FunctionConfiguration configuration = functions.configuration(command.functionName(), null);
        EventSourceMappingRules.checkRanges(command.batchSize(), command.maximumBatchingWindowSeconds(),
                command.maximumConcurrency());
        int batchSize = command.batchSize() == null ? EventSourceMappingRules.DEFAULT_BATCH_SIZE : command.batchSize();
        int window = command.maximumBatchingWindowSeconds() == null ? 0 : command.maximumBatchingWindowSeconds();
        List<String> patterns = command.filterPatterns() == null ? List.of() : command.filterPatterns();
        checkFilters(patterns);
        boolean report = EventSourceMappingRules.reportBatchItemFailures(
                command.functionResponseTypes() == null ? List.of() : command.functionResponseTypes());
        QueueFacts queue = queue(command.eventSourceArn());
        EventSourceMappingRules.checkBatching(batchSize, window, queue);
        EventSourceMappingRules.checkVisibility(queue, configuration.timeoutSeconds());
        EventSourceMapping mapping = new EventSourceMapping(UUID.randomUUID().toString(), command.eventSourceArn(),
                function.functionName(), function.qualifier(), batchSize, window, patterns,
                command.maximumConcurrency(), report, command.enabled() == null || command.enabled(),
                EventSourceMappingState.created(), EventSourceMapping.USER_INITIATED, clock.instant());
        if (!store.create(mapping)) {
            throw duplicate(mapping.eventSourceArn(), mapping.functionName(), mapping.functionQualifier());
        }
        changed.accept(mapping.uuid());
        return mapping;
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetEventSourceMapping.html">
     * GetEventSourceMapping</a>.
     */
    public EventSourceMapping get(String uuid) {
        return store.find(uuid).orElseThrow(EventSourceMappingService::notFound);
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListEventSourceMappings.html">
     * ListEventSourceMappings</a>, optionally of one event source and of one function (a name lists the mappings
     * of every version and alias; a qualified ARN only those of that qualifier).
     */
    public Page<EventSourceMapping> list(String eventSourceArn, String functionName, String marker,
                                         Integer maxItems) {
        if (eventSourceArn != null) {
            EventSourceArns.classify(eventSourceArn);
        }
        FunctionReference function = functionName == null ? null : FunctionReference.parse(functionName, null);
        return store.list(eventSourceArn, function == null ? null : function.functionName(),
                function == null ? null : function.qualifier(), marker, pageSize(maxItems));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html">
     * UpdateEventSourceMapping</a>: the mapping {@code Updating}, {@code Enabling} or {@code Disabling}.
     */
    public EventSourceMapping update(UpdateEventSourceMappingCommand command) {
        EventSourceMapping current = get(command.uuid());
        boolean enabled = command.enabled() == null ? current.enabled() : command.enabled();
        EventSourceMappingState next = current.state().update(current.uuid(), enabled);
        EventSourceMappingRules.refuseUnsupportedParameters(command.unsupportedParameters());
        String functionName = command.functionName() == null ? current.functionName() : command.functionName();
        FunctionReference function = command.functionName() == null
                ? new FunctionReference(current.functionName(), current.functionQualifier())
                : FunctionReference.parse(functionName, null);
        FunctionConfiguration configuration = functions.configuration(function.functionName(), function.qualifier());
        EventSourceMappingRules.checkRanges(command.batchSize(), command.maximumBatchingWindowSeconds(),
                command.maximumConcurrency());
        int batchSize = command.batchSize() == null ? current.batchSize() : command.batchSize();
        int window = command.maximumBatchingWindowSeconds() == null
                ? current.maximumBatchingWindowSeconds() : command.maximumBatchingWindowSeconds();
        List<String> patterns = command.filterPatterns() == null ? current.filterPatterns() : command.filterPatterns();
        checkFilters(patterns);
        boolean report = command.functionResponseTypes() == null ? current.reportBatchItemFailures()
                : EventSourceMappingRules.reportBatchItemFailures(command.functionResponseTypes());
        Integer maximumConcurrency = command.scalingConfigGiven()
                ? command.maximumConcurrency() : current.maximumConcurrency();
        QueueFacts queue = queue(current.eventSourceArn());
        EventSourceMappingRules.checkBatching(batchSize, window, queue);
        EventSourceMappingRules.checkVisibility(queue, configuration.timeoutSeconds());
        store.findBySourceAndFunction(current.eventSourceArn(), function.functionName(), function.qualifier())
                .filter(other -> !other.uuid().equals(current.uuid()))
                .ifPresent(other -> {
                    throw duplicate(current.eventSourceArn(), function.functionName(), function.qualifier());
                });
        EventSourceMapping updated = new EventSourceMapping(current.uuid(), current.eventSourceArn(),
                function.functionName(), function.qualifier(), batchSize, window, patterns, maximumConcurrency,
                report, enabled, next, EventSourceMapping.USER_INITIATED, clock.instant());
        replace(updated, current.state());
        return updated;
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteEventSourceMapping.html">
     * DeleteEventSourceMapping</a>: the mapping {@code Deleting}; it is removed once its pollers have stopped.
     */
    public EventSourceMapping delete(String uuid) {
        EventSourceMapping current = get(uuid);
        EventSourceMapping deleting = current.withState(current.state().delete(uuid), clock.instant());
        replace(deleting, current.state());
        return deleting;
    }

    /**
     * Ends the change in progress once the pollers have applied it: a transient state settles in Enabled or
     * Disabled, a Deleting mapping is removed.
     *
     * @return the mapping as it is now, or empty when it was removed or is gone
     */
    public Optional<EventSourceMapping> completeTransition(String uuid) {
        Optional<EventSourceMapping> found = store.find(uuid);
        if (found.isEmpty()) {
            return found;
        }
        EventSourceMapping mapping = found.get();
        if (mapping.state() == EventSourceMappingState.DELETING) {
            store.delete(uuid);
            return Optional.empty();
        }
        if (mapping.state().settled()) {
            return found;
        }
        EventSourceMapping settled = mapping.withState(mapping.state().settle(mapping.enabled()),
                mapping.lastModified());
        return store.replace(settled, mapping.state()) ? Optional.of(settled) : store.find(uuid);
    }

    /** The mapping of a UUID, if it exists (for the pollers). */
    public Optional<EventSourceMapping> find(String uuid) {
        return store.find(uuid);
    }

    /** Every mapping, for resuming the pollers at start-up. */
    public List<EventSourceMapping> mappings() {
        return store.all();
    }

    private void replace(EventSourceMapping updated, EventSourceMappingState expected) {
        if (!store.replace(updated, expected)) {
            EventSourceMapping now = get(updated.uuid());
            throw new BaristaException(ErrorCode.RESOURCE_IN_USE, "The event source mapping " + updated.uuid()
                    + " changed while this request ran; it is " + now.state().awsName() + ".");
        }
        changed.accept(updated.uuid());
    }

    private void checkFilters(List<String> patterns) {
        EventSourceMappingRules.checkFilterPatterns(patterns);
        codec.filter(patterns);
    }

    private QueueFacts queue(String queueArn) {
        try {
            return queues.facts(queueArn);
        } catch (BaristaException exception) {
            if (exception.code() != ErrorCode.RESOURCE_NOT_FOUND) {
                throw exception;
            }
            throw BaristaException.invalidParameter("Error occurred while ReceiveMessage. SQS Error Code:"
                    + " AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist"
                    + " or you do not have access to it.");
        }
    }

    private BaristaException duplicate(String eventSourceArn, String functionName, String qualifier) {
        String existing = store.findBySourceAndFunction(eventSourceArn, functionName, qualifier)
                .map(EventSourceMapping::uuid).orElse("(deleted meanwhile)");
        return BaristaException.conflict("An event source mapping with SQS arn (\" " + eventSourceArn
                + " \") and function (\" " + functionName + " \") already exists. Please update or delete the"
                + " existing mapping with UUID " + existing);
    }

    private static BaristaException notFound() {
        return BaristaException.notFound("The resource you requested does not exist.");
    }

    private static int pageSize(Integer maxItems) {
        if (maxItems == null) {
            return DEFAULT_PAGE;
        }
        if (maxItems < 1 || maxItems > 10_000) {
            throw BaristaException.validation("1 validation error detected: Value '" + maxItems + "' at 'maxItems'"
                    + " failed to satisfy constraint: Member must have value between 1 and 10000");
        }
        return maxItems;
    }
}
