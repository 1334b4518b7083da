package dev.barista.core.function;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A {@link FunctionStore} that keeps what the invoke path reads ({@link #find}, {@link #findAlias},
 * {@link #reservedConcurrencies}) in memory, in front of the durable store it wraps.
 *
 * <p>Correct as long as every write to the wrapped store goes through this object (the server's
 * {@link FunctionService} owns its store and wraps it in one). Every mutating method, whatever its outcome (true,
 * false or an exception), replaces the whole cache with an empty one after the wrapped store returned, so a read
 * that starts after a write returned never sees what was there before it. A read that missed fills the generation
 * it started in: if a write replaced that generation meanwhile, the value lands in a discarded map and is never
 * read. Only values that exist are kept (a lookup of an unknown name costs a store read each time, and cannot grow
 * the cache). Writes are rare on a server (control-plane calls), so invalidating everything is cheap.
 *
 * <p>Thread-safe, lock-free on reads. Listings, tags and usage are not cached: they are not on the invoke path.
 */
public final class CachedFunctionStore implements FunctionStore {
    private final FunctionStore store;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation());

    public CachedFunctionStore(FunctionStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** One generation of cached reads; replaced, never cleared, by a write. */
    private static final class Generation {
        final Map<VersionKey, FunctionConfiguration> versions = new ConcurrentHashMap<>();
        final Map<VersionKey, Alias> aliases = new ConcurrentHashMap<>();
        volatile Map<String, Integer> reservations;
    }

    private record VersionKey(String functionName, String qualifier) {
    }

    @Override
    public Optional<FunctionConfiguration> find(String functionName, String version) {
        Generation current = generation.get();
        VersionKey key = new VersionKey(functionName, version);
        FunctionConfiguration cached = current.versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FunctionConfiguration> found = store.find(functionName, version);
        found.ifPresent(configuration -> current.versions.put(key, configuration));
        return found;
    }

    @Override
    public Optional<Alias> findAlias(String functionName, String aliasName) {
        Generation current = generation.get();
        VersionKey key = new VersionKey(functionName, aliasName);
        Alias cached = current.aliases.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Alias> found = store.findAlias(functionName, aliasName);
        found.ifPresent(alias -> current.aliases.put(key, alias));
        return found;
    }

    @Override
    public Map<String, Integer> reservedConcurrencies() {
        Generation current = generation.get();
        Map<String, Integer> cached = current.reservations;
        if (cached == null) {
            cached = Map.copyOf(store.reservedConcurrencies());
            current.reservations = cached;
        }
        return cached;
    }

    @Override
    public boolean create(FunctionConfiguration latest, Map<String, String> tags) {
        return write(() -> store.create(latest, tags));
    }

    @Override
    public boolean replaceLatest(FunctionConfiguration latest, String expectedRevisionId) {
        return write(() -> store.replaceLatest(latest, expectedRevisionId));
    }

    @Override
    public long nextVersionNumber(String functionName) {
        return write(() -> store.nextVersionNumber(functionName));
    }

    @Override
    public boolean insertVersion(FunctionConfiguration version) {
        return write(() -> store.insertVersion(version));
    }

    @Override
    public boolean delete(String functionName) {
        return write(() -> store.delete(functionName));
    }

    @Override
    public boolean deleteVersion(String functionName, String version) {
        return write(() -> store.deleteVersion(functionName, version));
    }

    @Override
    public boolean createAlias(Alias alias) {
        return write(() -> store.createAlias(alias));
    }

    @Override
    public boolean replaceAlias(Alias alias, String expectedRevisionId) {
        return write(() -> store.replaceAlias(alias, expectedRevisionId));
    }

    @Override
    public boolean deleteAlias(String functionName, String aliasName) {
        return write(() -> store.deleteAlias(functionName, aliasName));
    }

    @Override
    public void putReservedConcurrency(String functionName, int reservedConcurrentExecutions) {
        write(() -> {
            store.putReservedConcurrency(functionName, reservedConcurrentExecutions);
            return null;
        });
    }

    @Override
    public void deleteReservedConcurrency(String functionName) {
        write(() -> {
            store.deleteReservedConcurrency(functionName);
            return null;
        });
    }

    @Override
    public void putTags(String functionName, Map<String, String> tags) {
        write(() -> {
            store.putTags(functionName, tags);
            return null;
        });
    }

    @Override
    public void removeTags(String functionName, Collection<String> keys) {
        write(() -> {
            store.removeTags(functionName, keys);
            return null;
        });
    }

    @Override
    public Page<FunctionConfiguration> listLatest(String marker, int maxItems) {
        return store.listLatest(marker, maxItems);
    }

    @Override
    public Page<FunctionConfiguration> listVersions(String functionName, String marker, int maxItems) {
        return store.listVersions(functionName, marker, maxItems);
    }

    @Override
    public Page<Alias> listAliases(String functionName, String functionVersion, String marker, int maxItems) {
        return store.listAliases(functionName, functionVersion, marker, maxItems);
    }

    @Override
    public Map<String, String> tags(String functionName) {
        return store.tags(functionName);
    }

    @Override
    public AccountUsage usage() {
        return store.usage();
    }

    private <T> T write(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            generation.set(new Generation());
        }
    }
}
