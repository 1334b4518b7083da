package dev.barista.core.function;

import java.util.Collection;

/**
 * What is kept on disk per function version and revision outside the {@link CodeStore}, beyond one environment's
 * life, such as a launcher's AOT caches of Java functions (SPI). Thread-safe.
 */
public interface FunctionCaches {

    /** Caches of nothing. */
    FunctionCaches NONE = functions -> { };

    /**
     * Deletes what belongs to none of {@code functions}: every version and revision that is stored or still runs in
     * an environment. What is being written for one of them is kept.
     */
    void retainOnly(Collection<FunctionConfiguration> functions);
}
