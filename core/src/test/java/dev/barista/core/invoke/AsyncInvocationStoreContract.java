package dev.barista.core.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link AsyncInvocationStore} keeps. A store implementation's test extends this class and
 * makes a fresh, empty store for each test.
 */
public abstract class AsyncInvocationStoreContract {
    private static final Instant ACCEPTED = Instant.parse("2026-11-22T10:15:30.123Z");

    private AsyncInvocationStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract AsyncInvocationStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Test
    void anEmptyStoreHasNothingPending() {
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void enqueuedInvocationIsPendingWithEveryField() {
        store.enqueue(new AsyncInvocation("request-1", "orders", "live", bytes("{\"id\":1}"), ACCEPTED));
        store.enqueue(new AsyncInvocation("request-2", "orders", null, new byte[0], ACCEPTED.plusMillis(1)));

        assertThat(store.pending()).satisfiesExactly(
                first -> assertInvocation(first, "request-1", "orders", "live", "{\"id\":1}", ACCEPTED),
                second -> assertInvocation(second, "request-2", "orders", null, "", ACCEPTED.plusMillis(1)));
    }

    @Test
    void acceptanceIsKeptToTheMillisecond() {
        store.enqueue(invocation("request-1", Instant.parse("2026-11-22T10:15:30.123456789Z")));

        assertThat(store.pending().getFirst().acceptedAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.123Z"));
    }

    @Test
    void pendingInvocationsComeOldestFirst() {
        store.enqueue(invocation("late", ACCEPTED.plusSeconds(2)));
        store.enqueue(invocation("early", ACCEPTED));
        store.enqueue(invocation("middle", ACCEPTED.plusSeconds(1)));

        assertThat(requestIds()).containsExactly("early", "middle", "late");
    }

    @Test
    void invocationsAcceptedTogetherStayInEnqueueOrder() {
        for (var requestId : List.of("c", "a", "d", "b")) {
            store.enqueue(invocation(requestId, ACCEPTED));
        }

        assertThat(requestIds()).containsExactly("c", "a", "d", "b");
    }

    @Test
    void completedInvocationIsNoLongerPending() {
        store.enqueue(invocation("request-1", ACCEPTED));
        store.enqueue(invocation("request-2", ACCEPTED));

        store.complete("request-1");

        assertThat(requestIds()).containsExactly("request-2");
    }

    @Test
    void completingAnUnknownInvocationChangesNothing() {
        store.enqueue(invocation("request-1", ACCEPTED));

        store.complete("unknown");

        assertThat(requestIds()).containsExactly("request-1");
    }

    @Test
    void enqueueingTheSameRequestTwiceKeepsTheFirst() {
        store.enqueue(new AsyncInvocation("request-1", "orders", null, bytes("first"), ACCEPTED));
        store.enqueue(new AsyncInvocation("request-1", "orders", null, bytes("second"), ACCEPTED.plusSeconds(1)));

        assertThat(store.pending()).singleElement()
                .satisfies(invocation -> assertInvocation(invocation, "request-1", "orders", null, "first", ACCEPTED));
    }

    @Test
    void concurrentEnqueuesAreAllKept() {
        try (var executor = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 64).forEach(number ->
                    executor.submit(() -> store.enqueue(invocation("request-" + number, ACCEPTED))));
        }

        assertThat(store.pending()).hasSize(64);
    }

    private List<String> requestIds() {
        return store.pending().stream().map(AsyncInvocation::requestId).toList();
    }

    private static AsyncInvocation invocation(String requestId, Instant acceptedAt) {
        return new AsyncInvocation(requestId, "orders", null, bytes("{}"), acceptedAt);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertInvocation(AsyncInvocation invocation, String requestId, String functionName,
                                         String qualifier, String payload, Instant acceptedAt) {
        assertThat(invocation.requestId()).isEqualTo(requestId);
        assertThat(invocation.functionName()).isEqualTo(functionName);
        assertThat(invocation.qualifier()).isEqualTo(qualifier);
        assertThat(new String(invocation.payload(), StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(invocation.acceptedAt()).isEqualTo(acceptedAt);
    }
}
