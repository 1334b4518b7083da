package dev.barista.core.eventsource;

import dev.barista.core.function.Page;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of event source mappings (SPI). Every method is atomic and durable when it returns. Thread-safe.
 * Listings are ordered by UUID; markers are opaque to callers. A function qualifier is null for an unqualified
 * function.
 */
public interface EventSourceMappingStore {

    /**
     * Inserts a new mapping.
     *
     * @return false when a mapping of the same event source, function name and qualifier exists (nothing stored)
     */
    boolean create(EventSourceMapping mapping);

    Optional<EventSourceMapping> find(String uuid);

    /** The mapping of an event source to a function (name and qualifier), if there is one. */
    Optional<EventSourceMapping> findBySourceAndFunction(String eventSourceArn, String functionName,
                                                         String functionQualifier);

    /**
     * Replaces a mapping when its stored state is {@code expectedState}: the compare-and-set that keeps two
     * concurrent changes from both starting.
     *
     * @return false when the mapping is gone or its state differs
     */
    boolean replace(EventSourceMapping mapping, EventSourceMappingState expectedState);

    /** Removes a mapping; false if it did not exist. */
    boolean delete(String uuid);

    /**
     * One page of mappings, only those of an event source and of a function when those are not null.
     *
     * @param functionQualifier compared only when {@code functionName} is given: null matches every qualifier
     */
    Page<EventSourceMapping> list(String eventSourceArn, String functionName, String functionQualifier,
                                  String marker, int maxItems);

    /** Every mapping, for resuming the pollers at start-up. */
    List<EventSourceMapping> all();
}
