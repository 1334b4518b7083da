package dev.barista.core.eventsource;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event source mapping: which queue triggers which function, how messages are batched, filtered and reported,
 * and where its lifecycle stands.
 *
 * @param functionQualifier the version or alias the mapping invokes, or null for the unqualified function
 * @param maximumBatchingWindowSeconds how long to gather messages before invoking (0-300)
 * @param filterPatterns the {@code FilterCriteria} patterns as given, in order; empty when there are none
 * @param maximumConcurrency {@code ScalingConfig.MaximumConcurrency}, or null when not set
 * @param reportBatchItemFailures whether {@code FunctionResponseTypes} holds {@code ReportBatchItemFailures}
 * @param enabled whether the mapping is (to be) enabled: the state it settles in
 * @param stateTransitionReason why the state last changed ({@code USER_INITIATED})
 */
public record EventSourceMapping(String uuid, String eventSourceArn, String functionName, String functionQualifier,
                                 int batchSize, int maximumBatchingWindowSeconds, List<String> filterPatterns,
                                 Integer maximumConcurrency, boolean reportBatchItemFailures, boolean enabled,
                                 EventSourceMappingState state, String stateTransitionReason,
                                 Instant lastModified) {
    /** The reason Lambda gives for every change made through its API. */
    public static final String USER_INITIATED = "USER_INITIATED";

    public EventSourceMapping {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(eventSourceArn, "eventSourceArn");
        Objects.requireNonNull(functionName, "functionName");
        filterPatterns = List.copyOf(filterPatterns);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateTransitionReason, "stateTransitionReason");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** The same mapping in another state. */
    public EventSourceMapping withState(EventSourceMappingState newState, Instant modified) {
        return new EventSourceMapping(uuid, eventSourceArn, functionName, functionQualifier, batchSize,
                maximumBatchingWindowSeconds, filterPatterns, maximumConcurrency, reportBatchItemFailures, enabled,
                newState, USER_INITIATED, modified);
    }
}
