package dev.barista.core.function;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Durable storage of functions, versions, aliases, tags and concurrency settings (SPI). Every method is atomic and
 * durable when it returns: a crash of the process afterwards loses nothing it reported done. Implementations are
 * thread-safe. Names are function names (never ARNs); listings are ordered by name (versions by number, with
 * {@code $LATEST} first) and markers are opaque to callers.
 */
public interface FunctionStore {

    /** Inserts a new function as its {@code $LATEST} with its tags; false if a function of that name exists. */
    boolean create(FunctionConfiguration latest, Map<String, String> tags);

    /** One version ({@code $LATEST} or a number) of a function. */
    Optional<FunctionConfiguration> find(String functionName, String version);

    /**
     * Replaces {@code $LATEST} when its stored revision id equals {@code expectedRevisionId}.
     *
     * @return false when the function is gone or its revision differs
     */
    boolean replaceLatest(FunctionConfiguration latest, String expectedRevisionId);

    /** Reserves the next version number of a function; numbers are never reused, even after deletions. */
    long nextVersionNumber(String functionName);

    /** Stores a published (immutable) version; false if that version exists. */
    boolean insertVersion(FunctionConfiguration version);

    /** The {@code $LATEST} of every function. */
    Page<FunctionConfiguration> listLatest(String marker, int maxItems);

    /** Every version of one function, {@code $LATEST} first, then ascending numbers. */
    Page<FunctionConfiguration> listVersions(String functionName, String marker, int maxItems);

    /** Deletes a function with all its versions, aliases, tags and concurrency; false if it did not exist. */
    boolean delete(String functionName);

    /** Deletes one published version; false if it did not exist. */
    boolean deleteVersion(String functionName, String version);

    /** False if an alias of that name exists for the function. */
    boolean createAlias(Alias alias);

    Optional<Alias> findAlias(String functionName, String aliasName);

    /** Replaces an alias when its stored revision id equals {@code expectedRevisionId}. */
    boolean replaceAlias(Alias alias, String expectedRevisionId);

    boolean deleteAlias(String functionName, String aliasName);

    /** Aliases of a function by name, only those pointing at {@code functionVersion} when it is not null. */
    Page<Alias> listAliases(String functionName, String functionVersion, String marker, int maxItems);

    void putReservedConcurrency(String functionName, int reservedConcurrentExecutions);

    void deleteReservedConcurrency(String functionName);

    /** Function name to reserved concurrent executions, for every function that has a reservation. */
    Map<String, Integer> reservedConcurrencies();

    Map<String, String> tags(String functionName);

    /** Adds or overwrites tags. */
    void putTags(String functionName, Map<String, String> tags);

    void removeTags(String functionName, Collection<String> keys);

    /** How many functions exist, and the summed zipped code size of every stored version. */
    AccountUsage usage();

    record AccountUsage(long functionCount, long totalCodeSizeBytes) {
    }
}
