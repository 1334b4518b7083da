package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cache keeps the store contract, serves repeated reads from memory, and forgets everything on any write. */
class CachedFunctionStoreTest {

    @Nested
    class Contract extends FunctionStoreContract {
        @Override
        protected FunctionStore newStore() {
            return new CachedFunctionStore(new InMemoryFunctionStore());
        }
    }

    private final InMemoryFunctionStore durable = new InMemoryFunctionStore();
    private final CachedFunctionStore cached = new CachedFunctionStore(durable);

    private static FunctionConfiguration latest(String name, String handler) {
        return new FunctionConfiguration(name, FunctionConfiguration.LATEST, Runtime.PYTHON311,
                "arn:aws:iam::000000000000:role/lambda", handler, "", 3, 128, 512, Map.of(), Architecture.X86_64,
                new CodeArtifact("sha", 1, 1), Instant.EPOCH, "revision-" + handler, FunctionState.ACTIVE,
                LastUpdateStatus.SUCCESSFUL, null, null);
    }

    @Test
    void repeatedReadsAreServedFromMemoryUntilAWriteThroughTheCache() {
        cached.create(latest("hello", "one.handler"), Map.of());
        cached.putReservedConcurrency("hello", 5);
        cached.createAlias(new Alias("hello", "live", FunctionConfiguration.LATEST, "", Map.of(), "a"));
        assertThat(cached.find("hello", FunctionConfiguration.LATEST).orElseThrow().handler()).isEqualTo("one.handler");
        assertThat(cached.findAlias("hello", "live").orElseThrow().revisionId()).isEqualTo("a");
        assertThat(cached.reservedConcurrencies()).containsEntry("hello", 5);

        // Behind the cache's back (never done in a server): the cache still answers what it read.
        durable.replaceLatest(latest("hello", "two.handler"), "revision-one.handler");
        durable.replaceAlias(new Alias("hello", "live", FunctionConfiguration.LATEST, "", Map.of(), "b"), "a");
        durable.putReservedConcurrency("hello", 7);
        assertThat(cached.find("hello", FunctionConfiguration.LATEST).orElseThrow().handler()).isEqualTo("one.handler");
        assertThat(cached.findAlias("hello", "live").orElseThrow().revisionId()).isEqualTo("a");
        assertThat(cached.reservedConcurrencies()).containsEntry("hello", 5);

        // Any write through the cache, even one that changes nothing, drops everything it held.
        cached.removeTags("hello", List.of("absent"));
        assertThat(cached.find("hello", FunctionConfiguration.LATEST).orElseThrow().handler()).isEqualTo("two.handler");
        assertThat(cached.findAlias("hello", "live").orElseThrow().revisionId()).isEqualTo("b");
        assertThat(cached.reservedConcurrencies()).containsEntry("hello", 7);
    }

    @Test
    void aFailedWriteInvalidatesToo() {
        cached.create(latest("hello", "one.handler"), Map.of());
        cached.find("hello", FunctionConfiguration.LATEST);
        durable.replaceLatest(latest("hello", "two.handler"), "revision-one.handler");

        assertThat(cached.create(latest("hello", "three.handler"), Map.of())).isFalse();

        assertThat(cached.find("hello", FunctionConfiguration.LATEST).orElseThrow().handler()).isEqualTo("two.handler");
    }

    @Test
    void missesAreNotRemembered() {
        assertThat(cached.find("later", FunctionConfiguration.LATEST)).isEmpty();
        assertThat(cached.findAlias("later", "live")).isEmpty();

        durable.create(latest("later", "one.handler"), Map.of());
        durable.createAlias(new Alias("later", "live", FunctionConfiguration.LATEST, "", Map.of(), "a"));

        assertThat(cached.find("later", FunctionConfiguration.LATEST)).isPresent();
        assertThat(cached.findAlias("later", "live")).isPresent();
    }
}
