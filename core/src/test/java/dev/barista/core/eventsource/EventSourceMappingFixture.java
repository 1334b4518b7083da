package dev.barista.core.eventsource;

import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.CreateFunctionCommand;
import dev.barista.core.function.FakeCodeStore;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.InMemoryFunctionStore;
import dev.barista.core.function.Runtime;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** A function service, fake queues and an event source mapping service wired together on a manual clock. */
final class EventSourceMappingFixture {
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders";
    static final String FIFO_QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders.fifo";
    static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:000000000000:orders-dlq";
    static final AccountSettings ACCOUNT = new AccountSettings("000000000000", "us-east-1", 1000, 100);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final FakeMessageQueues queues = new FakeMessageQueues(clock);
    final InMemoryEventSourceMappingStore store = new InMemoryEventSourceMappingStore();
    final FunctionService functions = new FunctionService(new InMemoryFunctionStore(), new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON311), ACCOUNT, clock, retired -> { });
    final List<String> changed = new ArrayList<>();
    final EventSourceMappingService service = new EventSourceMappingService(store, functions, queues,
            new FakeSqsEventCodec(), clock, changed::add);

    EventSourceMappingFixture() {
        queues.createQueue(QUEUE, Duration.ofSeconds(30), null, 0);
        queues.createQueue(FIFO_QUEUE, Duration.ofSeconds(30), null, 0);
        queues.createQueue(DEAD_LETTERS, Duration.ofSeconds(30), null, 0);
        function("worker", 3);
    }

    void function(String name, int timeoutSeconds) {
        functions.create(new CreateFunctionCommand(name, "python3.11", "arn:aws:iam::000000000000:role/lambda",
                "index.handler", null, timeoutSeconds, null, null, Map.of(), null, FakeCodeStore.zip(name), null, null,
                null, null, null, false, Map.of()));
    }

    static CreateEventSourceMappingCommand create(String functionName, String queueArn) {
        return new CreateEventSourceMappingCommand(functionName, queueArn, null, null, null, null, null, null, null);
    }

    /** A mapping of the queue to "worker", created and settled. */
    EventSourceMapping enabledMapping() {
        EventSourceMapping created = service.create(create("worker", QUEUE));
        return service.completeTransition(created.uuid()).orElseThrow();
    }

    static UpdateEventSourceMappingCommand update(String uuid) {
        return new UpdateEventSourceMappingCommand(uuid, null, null, null, null, null, false, null, null, null);
    }
}
