package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.EnvironmentEvent.DESTROYED;
import static dev.barista.core.scheduler.EnvironmentEvent.INITIALISED;
import static dev.barista.core.scheduler.EnvironmentEvent.LEASED;
import static dev.barista.core.scheduler.EnvironmentEvent.RELEASED;
import static dev.barista.core.scheduler.EnvironmentEvent.STOP_REQUESTED;
import static dev.barista.core.scheduler.EnvironmentState.BUSY;
import static dev.barista.core.scheduler.EnvironmentState.IDLE;
import static dev.barista.core.scheduler.EnvironmentState.STARTING;
import static dev.barista.core.scheduler.EnvironmentState.STOPPED;
import static dev.barista.core.scheduler.EnvironmentState.STOPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentStateTest {
    /** The whole lifecycle; every pair missing here must be refused. */
    private static final Map<EnvironmentState, Map<EnvironmentEvent, EnvironmentState>> LIFECYCLE = Map.of(
            STARTING, Map.of(INITIALISED, BUSY, STOP_REQUESTED, STOPPING),
            IDLE, Map.of(LEASED, BUSY, STOP_REQUESTED, STOPPING),
            BUSY, Map.of(RELEASED, IDLE, STOP_REQUESTED, STOPPING),
            STOPPING, Map.of(DESTROYED, STOPPED),
            STOPPED, Map.of());

    @Test
    void stateMachineFollowsTheLambdaLifecycle() {
        LIFECYCLE.forEach((state, transitions) -> transitions.forEach((event, next) ->
                assertThat(state.after(event)).as("%s on %s", state, event).contains(next)));
    }

    @Test
    void stateMachineRefusesIllegalTransitions() {
        for (EnvironmentState state : EnvironmentState.values()) {
            for (EnvironmentEvent event : EnvironmentEvent.values()) {
                if (!LIFECYCLE.get(state).containsKey(event)) {
                    assertThat(state.after(event)).as("%s on %s", state, event).isEmpty();
                }
            }
        }
    }

    @Test
    void environmentRefusesIllegalTransitionWithClearMessage() {
        ExecutionEnvironment environment = environment();
        environment.initialised(Duration.ofMillis(5));

        assertThatThrownBy(environment::lease)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Environment 0123abcd is BUSY and refuses LEASED");
        assertThat(environment.state()).isEqualTo(BUSY);
    }

    @Test
    void stoppedEnvironmentRefusesEverything() {
        ExecutionEnvironment environment = environment();
        environment.stop();
        environment.destroyed();

        assertThatThrownBy(environment::stop).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> environment.release(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
        assertThat(environment.state()).isEqualTo(STOPPED);
    }

    @Test
    void releaseRecordsLastUse() {
        ExecutionEnvironment environment = environment();
        environment.initialised(Duration.ofMillis(5));
        Instant released = Instant.parse("2026-03-01T12:00:07Z");

        environment.release(released);

        assertThat(environment.state()).isEqualTo(IDLE);
        assertThat(environment.lastUsed()).isEqualTo(released);
        assertThat(environment.initDuration()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void onlyStartingAndBusyEnvironmentsAreInFlight() {
        assertThat(EnvironmentState.values()).filteredOn(EnvironmentState::isLeased).containsExactly(STARTING, BUSY);
    }

    @Test
    void stoppingEnvironmentsHoldNoMemory() {
        assertThat(EnvironmentState.values()).filteredOn(EnvironmentState::holdsMemory)
                .containsExactly(STARTING, IDLE, BUSY);
    }

    @Test
    void environmentTakesOneProcessOnly() {
        ExecutionEnvironment environment = environment();
        FakeLauncher launcher = new FakeLauncher();
        var spec = FunctionFixtures.specFor(FunctionFixtures.function("f"));
        environment.attach(launcher.launch(spec.apply("0123abcd")), spec.apply("0123abcd"));

        assertThatThrownBy(() -> environment.attach(launcher.launch(spec.apply("0123abcd")), spec.apply("0123abcd")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Environment 0123abcd has a process already");
    }

    private static ExecutionEnvironment environment() {
        return new ExecutionEnvironment("0123abcd", FunctionFixtures.function("f"),
                Instant.parse("2026-03-01T12:00:00Z"), new LeaseCounts());
    }
}
