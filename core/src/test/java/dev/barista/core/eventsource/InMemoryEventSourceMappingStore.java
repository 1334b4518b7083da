package dev.barista.core.eventsource;

import dev.barista.core.function.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link EventSourceMappingStore} in a map, for tests; the marker is the last UUID of a page. Thread-safe. */
public final class InMemoryEventSourceMappingStore implements EventSourceMappingStore {
    private final TreeMap<String, EventSourceMapping> mappings = new TreeMap<>();

    @Override
    public synchronized boolean create(EventSourceMapping mapping) {
        if (mappings.containsKey(mapping.uuid()) || findBySourceAndFunction(mapping.eventSourceArn(),
                mapping.functionName(), mapping.functionQualifier()).isPresent()) {
            return false;
        }
        mappings.put(mapping.uuid(), mapping);
        return true;
    }

    @Override
    public synchronized Optional<EventSourceMapping> find(String uuid) {
        return Optional.ofNullable(mappings.get(uuid));
    }

    @Override
    public synchronized Optional<EventSourceMapping> findBySourceAndFunction(String eventSourceArn,
                                                                              String functionName,
                                                                              String functionQualifier) {
        return mappings.values().stream()
                .filter(mapping -> mapping.eventSourceArn().equals(eventSourceArn)
                        && mapping.functionName().equals(functionName)
                        && Objects.equals(mapping.functionQualifier(), functionQualifier))
                .findFirst();
    }

    @Override
    public synchronized boolean replace(EventSourceMapping mapping, EventSourceMappingState expectedState) {
        EventSourceMapping current = mappings.get(mapping.uuid());
        if (current == null || current.state() != expectedState) {
            return false;
        }
        mappings.put(mapping.uuid(), mapping);
        return true;
    }

    @Override
    public synchronized boolean delete(String uuid) {
        return mappings.remove(uuid) != null;
    }

    @Override
    public synchronized Page<EventSourceMapping> list(String eventSourceArn, String functionName,
                                                      String functionQualifier, String marker, int maxItems) {
        List<EventSourceMapping> matching = (marker == null ? mappings : mappings.tailMap(marker, false)).values()
                .stream()
                .filter(mapping -> eventSourceArn == null || mapping.eventSourceArn().equals(eventSourceArn))
                .filter(mapping -> functionName == null || mapping.functionName().equals(functionName)
                        && (functionQualifier == null || functionQualifier.equals(mapping.functionQualifier())))
                .limit(maxItems + 1L)
                .toList();
        if (matching.size() <= maxItems) {
            return new Page<>(matching, null);
        }
        List<EventSourceMapping> page = matching.subList(0, maxItems);
        return new Page<>(page, page.getLast().uuid());
    }

    @Override
    public synchronized List<EventSourceMapping> all() {
        return List.copyOf(mappings.values());
    }
}
