package dev.barista.core.function;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Deletes the code packages and {@link FunctionCaches} that nothing references any more: no version of any
 * function in the store (aliases point at versions), and no environment the pool has not finished destroying.
 *
 * <p><b>Store first, files after.</b> Deleting a function, a version or replaced code first commits the store; only
 * a later collection deletes files, and only those that the store no longer references. A crash between the two
 * leaves unreferenced files, which the next collection (at the latest at the next start) deletes; it never loses a
 * referenced one. Likewise new code is stored before the configuration that references it.
 *
 * <p><b>Nothing in use.</b> A collection reads the store, waits for the invocations that began before (see
 * {@link CodeGuard}), then, alone with respect to control-plane writes, reads the store and the running
 * environments again and deletes what none of the three readings references. What it had to keep only for a
 * running environment or a reference that has just gone is deleted by a later collection: {@link #collect} says so,
 * and {@link #collectIfRequested} runs that one once the environment has gone (at its next call for the latter).
 *
 * <p>Thread-safe; collections run one at a time.
 */
public final class CodeCollector {
    private static final int PAGE = 1_000;

    private final FunctionStore store;
    private final CodeStore codeStore;
    private final CodeGuard guard;
    private final Supplier<? extends Collection<FunctionConfiguration>> running;
    private final FunctionCaches caches;
    /** A new collector collects at its first chance: a crash may have left packages behind. */
    private final AtomicBoolean requested = new AtomicBoolean(true);
    /** Revisions the last collection kept only because environments still ran them. */
    private volatile Set<Revision> waitingFor = Set.of();

    /**
     * @param store the durable store (not a cache in front of it)
     * @param running the version and revision of every environment not yet destroyed, starting ones included
     */
    public CodeCollector(FunctionStore store, CodeStore codeStore, CodeGuard guard,
                         Supplier<? extends Collection<FunctionConfiguration>> running, FunctionCaches caches) {
        this.store = Objects.requireNonNull(store, "store");
        this.codeStore = Objects.requireNonNull(codeStore, "codeStore");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.running = Objects.requireNonNull(running, "running");
        this.caches = Objects.requireNonNull(caches, "caches");
    }

    /** Asks for a collection: a version was deleted or replaced. Cheap; the collection runs later. */
    public void request() {
        requested.set(true);
    }

    /**
     * Collects if asked to since the last collection, or if an environment the last one waited for has gone (for a
     * periodic task: when neither, it costs one look at the running environments at most). A failed collection
     * leaves the request standing.
     *
     * @throws InterruptedException if interrupted while waiting for earlier invocations to end
     */
    public void collectIfRequested() throws InterruptedException {
        if (!requested.getAndSet(false) && !anEnvironmentWaitedForHasGone()) {
            return;
        }
        boolean collected = false;
        try {
            collect();
            collected = true;
        } finally {
            if (!collected) {
                requested.set(true);
            }
        }
    }

    /**
     * Deletes every package and cache that nothing references.
     *
     * @return false when something the store no longer references had to be kept, for a running environment or
     *     for an invocation that may have read it just before: a later collection deletes it, and
     *     {@link #collectIfRequested} runs one when that environment has gone, or at once for the latter
     * @throws InterruptedException if interrupted while waiting for earlier invocations to end
     */
    public synchronized boolean collect() throws InterruptedException {
        List<FunctionConfiguration> readBefore = storedVersions();
        guard.awaitEarlierInvocations();
        return guard.exclusively(() -> {
            List<FunctionConfiguration> stored = storedVersions();
            Collection<FunctionConfiguration> runningNow = running.get();
            Set<FunctionConfiguration> kept = new HashSet<>(stored);
            kept.addAll(readBefore);
            kept.addAll(runningNow);
            Set<String> packages = new HashSet<>();
            kept.forEach(configuration -> packages.add(configuration.code().sha256Base64()));
            codeStore.retainOnly(packages);
            caches.retainOnly(kept);

            Set<Revision> notStored = Revision.of(kept);
            notStored.removeAll(Revision.of(stored));
            Set<Revision> stillRunning = Revision.of(runningNow);
            stillRunning.retainAll(notStored);
            waitingFor = Set.copyOf(stillRunning);
            if (!stillRunning.containsAll(notStored)) {
                // Kept because an invocation may have read it before it went: nothing to wait for.
                requested.set(true);
            }
            return notStored.isEmpty();
        });
    }

    private boolean anEnvironmentWaitedForHasGone() {
        Set<Revision> waiting = waitingFor;
        return !waiting.isEmpty() && !Revision.of(running.get()).containsAll(waiting);
    }

    /** What identifies a configuration: a revision id is drawn anew at every change. */
    private record Revision(String functionName, String version, String revisionId) {
        static Set<Revision> of(Collection<FunctionConfiguration> configurations) {
            Set<Revision> revisions = new HashSet<>();
            configurations.forEach(configuration -> revisions.add(new Revision(configuration.functionName(),
                    configuration.version(), configuration.revisionId())));
            return revisions;
        }
    }

    /** Every version of every function, {@code $LATEST} included. */
    private List<FunctionConfiguration> storedVersions() {
        List<FunctionConfiguration> versions = new ArrayList<>();
        String marker = null;
        do {
            Page<FunctionConfiguration> page = AllVersionsListing.page(store, marker, PAGE);
            versions.addAll(page.items());
            marker = page.nextMarker();
        } while (marker != null);
        return versions;
    }
}
