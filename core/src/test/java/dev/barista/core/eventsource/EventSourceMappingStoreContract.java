package dev.barista.core.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link EventSourceMappingStore} keeps. A store implementation's test extends this class
 * and makes a fresh, empty store for each test.
 */
public abstract class EventSourceMappingStoreContract {
    static final Instant MODIFIED = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders";
    private static final String OTHER_QUEUE = "arn:aws:sqs:us-east-1:000000000000:refunds";

    private EventSourceMappingStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract EventSourceMappingStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    static EventSourceMapping mapping(String uuid, String queueArn, String functionName, String qualifier) {
        return new EventSourceMapping(uuid, queueArn, functionName, qualifier, 10, 0, List.of(), null, false, true,
                EventSourceMappingState.CREATING, EventSourceMapping.USER_INITIATED, MODIFIED);
    }

    @Test
    void createdMappingIsFoundWithEveryField() {
        EventSourceMapping full = new EventSourceMapping("00000000-0000-0000-0000-000000000001", QUEUE, "worker",
                "live", 500, 30, List.of("{\"body\":{\"a\":[1]}}", "{\"body\":{\"b\":[2]}}"), 20, true, false,
                EventSourceMappingState.DISABLED, EventSourceMapping.USER_INITIATED, MODIFIED);

        assertThat(store.create(full)).isTrue();

        assertThat(store.find(full.uuid())).contains(full);
        assertThat(store.find("unknown")).isEmpty();
    }

    @Test
    void anUnqualifiedMappingKeepsItsNullQualifier() {
        EventSourceMapping mapping = mapping("a", QUEUE, "worker", null);
        store.create(mapping);

        assertThat(store.find("a")).contains(mapping);
        assertThat(store.findBySourceAndFunction(QUEUE, "worker", null)).contains(mapping);
        assertThat(store.findBySourceAndFunction(QUEUE, "worker", "live")).isEmpty();
    }

    @Test
    void aSecondMappingOfTheSameQueueAndFunctionIsRefused() {
        assertThat(store.create(mapping("a", QUEUE, "worker", null))).isTrue();

        assertThat(store.create(mapping("b", QUEUE, "worker", null))).isFalse();
        assertThat(store.find("b")).isEmpty();
    }

    @Test
    void theSameQueueMayTriggerOtherFunctionsAndQualifiers() {
        assertThat(store.create(mapping("a", QUEUE, "worker", null))).isTrue();
        assertThat(store.create(mapping("b", QUEUE, "worker", "live"))).isTrue();
        assertThat(store.create(mapping("c", QUEUE, "auditor", null))).isTrue();
        assertThat(store.create(mapping("d", OTHER_QUEUE, "worker", null))).isTrue();
    }

    @Test
    void replaceSucceedsOnlyFromTheExpectedState() {
        EventSourceMapping created = mapping("a", QUEUE, "worker", null);
        store.create(created);
        EventSourceMapping enabled = created.withState(EventSourceMappingState.ENABLED, MODIFIED.plusSeconds(1));

        assertThat(store.replace(enabled, EventSourceMappingState.UPDATING)).isFalse();
        assertThat(store.replace(enabled, EventSourceMappingState.CREATING)).isTrue();

        assertThat(store.find("a")).contains(enabled);
    }

    @Test
    void replacingAMissingMappingFails() {
        assertThat(store.replace(mapping("a", QUEUE, "worker", null), EventSourceMappingState.CREATING)).isFalse();
    }

    @Test
    void deletedMappingIsGone() {
        store.create(mapping("a", QUEUE, "worker", null));

        assertThat(store.delete("a")).isTrue();
        assertThat(store.delete("a")).isFalse();
        assertThat(store.find("a")).isEmpty();
        assertThat(store.create(mapping("b", QUEUE, "worker", null))).isTrue();
    }

    @Test
    void listingPagesInUuidOrderUntilTheLastPage() {
        for (String uuid : List.of("c", "a", "e", "b", "d")) {
            store.create(mapping(uuid, QUEUE, "worker-" + uuid, null));
        }

        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            Page<EventSourceMapping> page = store.list(null, null, null, marker, 2);
            page.items().forEach(mapping -> seen.add(mapping.uuid()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aFullLastPageHasNoMarker() {
        store.create(mapping("a", QUEUE, "one", null));
        store.create(mapping("b", QUEUE, "two", null));

        assertThat(store.list(null, null, null, null, 2).nextMarker()).isNull();
    }

    @Test
    void listingFiltersByEventSourceAndFunction() {
        store.create(mapping("a", QUEUE, "worker", null));
        store.create(mapping("b", QUEUE, "worker", "live"));
        store.create(mapping("c", QUEUE, "auditor", null));
        store.create(mapping("d", OTHER_QUEUE, "worker", null));

        assertThat(uuids(store.list(QUEUE, null, null, null, 10))).containsExactly("a", "b", "c");
        assertThat(uuids(store.list(null, "worker", null, null, 10))).containsExactly("a", "b", "d");
        assertThat(uuids(store.list(null, "worker", "live", null, 10))).containsExactly("b");
        assertThat(uuids(store.list(OTHER_QUEUE, "worker", null, null, 10))).containsExactly("d");
    }

    @Test
    void allHoldsEveryMapping() {
        store.create(mapping("b", QUEUE, "two", null));
        store.create(mapping("a", QUEUE, "one", null));

        assertThat(store.all()).extracting(EventSourceMapping::uuid).containsExactlyInAnyOrder("a", "b");
    }

    private static List<String> uuids(Page<EventSourceMapping> page) {
        return page.items().stream().map(EventSourceMapping::uuid).toList();
    }
}
