package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The registry's index by version and revision, which a warm invoke's placement reads instead of every environment. */
class EnvironmentRegistryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private final LeaseCounts leaseCounts = new LeaseCounts();
    private final EnvironmentRegistry registry = new EnvironmentRegistry();

    @Test
    void listsTheIdleEnvironmentsOfOneVersionAndRevisionOnly() {
        FunctionConfiguration f = function("f");
        ExecutionEnvironment idle = idle("idle", f);
        register("busy", f).initialised(Duration.ZERO);
        register("starting", f);
        idle("other-function", function("g"));
        idle("other-revision", function("f", FunctionConfiguration.LATEST, "r2", 128));
        idle("other-version", function("f", "1", "r1", 128));

        assertThat(registry.idleViews(EnvironmentKey.of(f))).containsExactly(idle.view());
        assertThat(registry.idleViews(EnvironmentKey.of(function("h")))).isEmpty();
    }

    @Test
    void forgetsARemovedEnvironmentInTheIndexToo() {
        FunctionConfiguration f = function("f");
        ExecutionEnvironment first = idle("first", f);
        ExecutionEnvironment second = idle("second", f);

        registry.remove(first);
        // Removing what is not registered (any more) changes nothing.
        registry.remove(first);
        registry.remove(new ExecutionEnvironment("second", f, T0, leaseCounts));

        assertThat(registry.idleViews(EnvironmentKey.of(f))).containsExactly(second.view());
        assertThat(registry.views()).containsExactly(second.view());
        registry.remove(second);
        assertThat(registry.idleViews(EnvironmentKey.of(f))).isEmpty();
        // A key emptied and used again starts afresh.
        ExecutionEnvironment third = idle("third", f);
        assertThat(registry.idleViews(EnvironmentKey.of(f))).containsExactly(third.view());
    }

    private ExecutionEnvironment register(String id, FunctionConfiguration function) {
        ExecutionEnvironment environment = new ExecutionEnvironment(id, function, T0, leaseCounts);
        registry.add(environment);
        return environment;
    }

    private ExecutionEnvironment idle(String id, FunctionConfiguration function) {
        ExecutionEnvironment environment = register(id, function);
        environment.initialised(Duration.ZERO);
        environment.release(T0);
        return environment;
    }
}
