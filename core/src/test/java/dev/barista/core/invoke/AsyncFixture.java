package dev.barista.core.invoke;

import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.eventinvoke.InMemoryEventInvokeConfigStore;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.CreateFunctionCommand;
import dev.barista.core.function.FakeCodeStore;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.InMemoryFunctionStore;
import dev.barista.core.function.Runtime;
import dev.barista.core.queue.FakeMessageQueues;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An {@link AsyncInvoker} over core's in-memory fakes, on a {@link ManualTimer}: a test accepts invocations, then
 * moves time and sees which attempts ran.
 */
final class AsyncFixture {
    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    static final AccountSettings ACCOUNT = new AccountSettings("123456789012", "us-east-1", 1000, 100);

    final ManualTimer timer = new ManualTimer(START);
    final InMemoryFunctionStore functionStore = new InMemoryFunctionStore();
    final FunctionService functions = new FunctionService(functionStore, new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON312), ACCOUNT, timer.clock(), retired -> {
            });
    final EventInvokeConfigService configs = new EventInvokeConfigService(
            new InMemoryEventInvokeConfigStore(functionStore), functions, timer.clock());
    final InMemoryAsyncInvocationStore store = new InMemoryAsyncInvocationStore();
    final ScriptedRunner runner = new ScriptedRunner(timer.clock());
    final RecordingAsyncObserver observer = new RecordingAsyncObserver();
    final FakeMessageQueues queues = new FakeMessageQueues();
    final AsyncInvoker invoker;

    AsyncFixture() {
        this(AsyncSettings.LAMBDA_DEFAULTS);
    }

    AsyncFixture(AsyncSettings settings) {
        invoker = new AsyncInvoker(functions, configs, runner, new AsyncPorts(store, queues,
                new PlainAsyncDocuments(), timer, observer), settings, timer.clock());
    }

    void createFunction(String name) {
        createFunction(name, null);
    }

    void createFunction(String name, String deadLetterQueue) {
        functions.create(new CreateFunctionCommand(name, "python3.12", "arn:aws:iam::123456789012:role/test",
                "app.handler", null, null, null, null, null, null, FakeCodeStore.zip(name), null, null, null, null,
                null, false, null, deadLetterQueue, null));
    }

    /** Invoke with {@code InvocationType: Event}; the first attempt runs at the next {@link ManualTimer#runDue}. */
    String invokeAsync(String functionName, String qualifier, String payload) {
        String requestId = UUID.randomUUID().toString();
        invoker.accept(requestId, functions.resolveForInvoke(functionName, qualifier,
                ThreadLocalRandom.current().nextDouble()), payload.getBytes(StandardCharsets.UTF_8));
        return requestId;
    }
}
