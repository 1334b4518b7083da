package dev.barista.core.eventsource;

import dev.barista.core.function.FunctionService;
import dev.barista.core.queue.MessageQueues;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls the queue of every enabled SQS event source mapping and applies each change the
 * {@link EventSourceMappingService} announces: it starts, reconfigures or stops the mapping's pollers, then settles
 * the change ({@link EventSourceMappingService#completeTransition}). At {@link #start} it resumes every mapping
 * stored, finishing changes a previous run left in progress. Thread-safe; changes of one mapping apply in order.
 */
public final class SqsPollers implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(SqsPollers.class.getName());
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final EventSourceMappingService mappings;
    private final FunctionService functions;
    private final SqsEventCodec codec;
    private final SqsBatchCycle cycle;
    private final Clock clock;
    private final Map<String, MappingPollers> running = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public SqsPollers(EventSourceMappingService mappings, FunctionService functions, MessageQueues queues,
                      SqsEventCodec codec, BatchInvoker invoker, Clock clock) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cycle = new SqsBatchCycle(queues, codec, invoker, clock, functions.account().region());
    }

    /** Resumes every stored mapping. */
    public void start() {
        for (EventSourceMapping mapping : mappings.mappings()) {
            apply(mapping.uuid());
        }
    }

    /** Applies a change of a mapping in the background; the service calls it after every change it stores. */
    public void changed(String uuid) {
        Thread.ofVirtual().name("barista-sqs-mapping-" + uuid).start(() -> apply(uuid));
    }

    /** How many pollers a mapping runs now (0 when it is not polled). */
    public int pollerCount(String uuid) {
        MappingPollers pollers = running.get(uuid);
        return pollers == null ? 0 : pollers.pollerCount();
    }

    void apply(String uuid) {
        synchronized (locks.computeIfAbsent(uuid, key -> new Object())) {
            if (closed) {
                return;
            }
            try {
                Optional<EventSourceMapping> found = mappings.find(uuid);
                if (found.isEmpty() || found.get().state() == EventSourceMappingState.DELETING
                        || !found.get().enabled()) {
                    stop(uuid);
                } else {
                    run(found.get());
                }
                if (found.isPresent() && !found.get().state().settled()) {
                    mappings.completeTransition(uuid);
                }
            } catch (RuntimeException failure) {
                LOGGER.log(Level.ERROR, "cannot apply the change of event source mapping " + uuid, failure);
            }
        }
    }

    private void run(EventSourceMapping mapping) {
        PolledMapping polled = new PolledMapping(mapping, codec.filter(mapping.filterPatterns()),
                PolledMapping.fifo(mapping.eventSourceArn()));
        MappingPollers current = running.get(mapping.uuid());
        if (current != null) {
            current.reconfigure(polled);
            return;
        }
        MappingPollers pollers = new MappingPollers(polled, cycle, clock, this::ceiling);
        running.put(mapping.uuid(), pollers);
        pollers.start();
    }

    private int ceiling(EventSourceMapping mapping) {
        return PollerScaling.ceiling(mapping.maximumConcurrency(), functions.reservations().get(mapping.functionName()),
                functions.account().concurrentExecutions());
    }

    private void stop(String uuid) {
        MappingPollers pollers = running.remove(uuid);
        if (pollers != null) {
            pollers.stop(false);
        }
    }

    /** Stops every poller, cutting long polls and invocations short, and waits a little for them to end. */
    @Override
    public void close() {
        closed = true;
        for (MappingPollers pollers : running.values()) {
            pollers.stop(true);
        }
        try {
            for (MappingPollers pollers : running.values()) {
                pollers.awaitStopped(SHUTDOWN_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        running.clear();
    }
}
