package dev.barista.core.function;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps the {@link CodeCollector} from deleting a package that someone is about to use or to reference, without
 * stopping invocations while it collects. Two kinds of users hold it:
 *
 * <ul>
 *   <li><b>Writes</b> that store a configuration with a package they stored or read before ({@link #codeWrite}:
 *       CreateFunction, UpdateFunctionCode, UpdateFunctionConfiguration, PublishVersion) share a lock that the
 *       collector takes alone while it reads the store and deletes: a write's package is either in what the
 *       collector reads, or stored again after it deleted.</li>
 *   <li><b>Invocations</b>, from resolving their configuration until they end ({@link #invocation}), only count
 *       themselves; the collector waits until those that began before it read the store have ended or, still
 *       running, hold an environment that it sees.</li>
 * </ul>
 *
 * <p>Thread-safe. Holds are closed exactly once, by the thread that took them (try-with-resources).
 */
public final class CodeGuard {
    private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();
    private final InvocationEpochs invocations = new InvocationEpochs();

    /** What a holder closes when done. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** Held by an invocation from resolving what it runs until it ends; never waits. */
    public Hold invocation() {
        return invocations.enter();
    }

    /** Held by a control-plane write from storing or reading a package until its configuration is stored. */
    Hold codeWrite() {
        writes.readLock().lock();
        return writes.readLock()::unlock;
    }

    /** Waits until every invocation begun before this call has ended. */
    void awaitEarlierInvocations() throws InterruptedException {
        invocations.awaitEarlier();
    }

    /** Runs {@code work} while no control-plane write is between storing a package and referencing it. */
    <T> T exclusively(Supplier<T> work) {
        writes.writeLock().lock();
        try {
            return work.get();
        } finally {
            writes.writeLock().unlock();
        }
    }
}
