package dev.barista.core.eventsource;

import static dev.barista.core.eventsource.EventSourceMappingFixture.QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pollers on real virtual threads against the fake queues; assertions wait for conditions, never for time. */
class SqsPollersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final EventSourceMappingFixture fixture = new EventSourceMappingFixture();
    private final MutableClock clock = fixture.clock;
    private final FakeBatchInvoker invoker = new FakeBatchInvoker();
    private final AtomicReference<SqsPollers> pollers = new AtomicReference<>();
    private final EventSourceMappingService service = new EventSourceMappingService(fixture.store,
            fixture.functions, fixture.queues, new FakeSqsEventCodec(), clock, uuid -> pollers.get().changed(uuid));

    SqsPollersTest() {
        fixture.queues.keepTheClockStillOnEmptyPolls();
        pollers.set(new SqsPollers(service, fixture.functions, fixture.queues, new FakeSqsEventCodec(), invoker,
                fixture.clock));
    }

    @AfterEach
    void stopPollers() {
        pollers.get().close();
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within " + PATIENCE);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException interrupted) {
                throw new AssertionError(interrupted);
            }
        }
    }

    private EventSourceMappingState state(String uuid) {
        return service.find(uuid).map(EventSourceMapping::state).orElse(null);
    }

    @Test
    void aMappingLeftCreatingByAPreviousRunIsSettledAndPolledAtStart() {
        EventSourceMapping stored = EventSourceMappingStoreContract.mapping("uuid-1", QUEUE, "worker", null);
        fixture.store.create(stored);
        String first = fixture.queues.send(QUEUE, "one");
        String second = fixture.queues.send(QUEUE, "two");

        pollers.get().start();

        assertThat(state("uuid-1")).isEqualTo(EventSourceMappingState.ENABLED);
        eventually(() -> fixture.queues.messageIds(QUEUE).isEmpty());
        assertThat(invoker.batches().stream().flatMap(List::stream)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aMappingLeftDeletingIsRemovedAtStart() {
        EventSourceMapping stored = EventSourceMappingStoreContract.mapping("uuid-1", QUEUE, "worker", null)
                .withState(EventSourceMappingState.DELETING, clock.instant());
        fixture.store.create(stored);

        pollers.get().start();

        assertThat(service.find("uuid-1")).isEmpty();
        assertThat(pollers.get().pollerCount("uuid-1")).isZero();
    }

    @Test
    void aCreatedMappingStartsFivePollersAndSettlesEnabled() {
        EventSourceMapping created = service.create(EventSourceMappingFixture.create("worker", QUEUE));

        eventually(() -> state(created.uuid()) == EventSourceMappingState.ENABLED);
        eventually(() -> pollers.get().pollerCount(created.uuid()) == 5);
    }

    @Test
    void maximumConcurrencyBoundsThePollers() {
        EventSourceMapping created = service.create(new CreateEventSourceMappingCommand("worker", QUEUE, null, null,
                null, null, 2, null, null));

        eventually(() -> state(created.uuid()) == EventSourceMappingState.ENABLED);
        eventually(() -> pollers.get().pollerCount(created.uuid()) == 2);
    }

    @Test
    void aDisabledMappingIsNotPolled() {
        EventSourceMapping created = service.create(new CreateEventSourceMappingCommand("worker", QUEUE, false, null,
                null, null, null, null, null));
        eventually(() -> state(created.uuid()) == EventSourceMappingState.DISABLED);

        String waiting = fixture.queues.send(QUEUE, "waiting");

        assertThat(pollers.get().pollerCount(created.uuid())).isZero();
        assertThat(fixture.queues.messageIds(QUEUE)).containsExactly(waiting);
    }

    @Test
    void deletingAMappingStopsItsPollersAndRemovesIt() {
        EventSourceMapping created = service.create(EventSourceMappingFixture.create("worker", QUEUE));
        eventually(() -> state(created.uuid()) == EventSourceMappingState.ENABLED);

        service.delete(created.uuid());

        eventually(() -> service.find(created.uuid()).isEmpty());
        assertThat(pollers.get().pollerCount(created.uuid())).isZero();
    }

    @Test
    void anUpdatedFilterAppliesToLaterBatches() {
        EventSourceMapping created = service.create(EventSourceMappingFixture.create("worker", QUEUE));
        eventually(() -> state(created.uuid()) == EventSourceMappingState.ENABLED);

        service.update(new UpdateEventSourceMappingCommand(created.uuid(), null, null, null, null,
                List.of("body=keep"), false, null, null, null));
        eventually(() -> state(created.uuid()) == EventSourceMappingState.ENABLED);
        String kept = fixture.queues.send(QUEUE, "keep");
        fixture.queues.send(QUEUE, "drop");

        eventually(() -> fixture.queues.messageIds(QUEUE).isEmpty());
        assertThat(invoker.batches().stream().flatMap(List::stream)).containsExactly(kept);
    }
}
