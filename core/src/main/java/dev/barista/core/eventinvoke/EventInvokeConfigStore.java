package dev.barista.core.eventinvoke;

import dev.barista.core.function.Page;
import java.util.Optional;

/**
 * Durable storage of event invoke configurations, one per function and qualifier (SPI). Every method is atomic and
 * durable when it returns. A configuration is deleted with its function, and with the version or alias its
 * qualifier names ({@code $LATEST} goes with the function). Names are function names, never ARNs. Implementations
 * are thread-safe.
 */
public interface EventInvokeConfigStore {

    /**
     * Inserts or replaces the configuration of its function and qualifier.
     *
     * @return false when the function, or the version or alias of the qualifier, does not exist
     */
    boolean put(EventInvokeConfig config);

    Optional<EventInvokeConfig> find(String functionName, String qualifier);

    /** False when there was none. */
    boolean delete(String functionName, String qualifier);

    /** The configurations of one function, ordered by qualifier; markers are opaque. */
    Page<EventInvokeConfig> list(String functionName, String marker, int maxItems);
}
