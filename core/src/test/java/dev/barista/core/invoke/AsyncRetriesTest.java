package dev.barista.core.invoke;

import static dev.barista.core.invoke.AsyncFixture.START;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.FUNCTION_ERROR;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.SUCCESS;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.SYSTEM_ERROR;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.eventinvoke.EventInvokeConfigCommand;
import dev.barista.core.function.AliasCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lambda's retry schedule for asynchronous invocations, on a fake clock. */
class AsyncRetriesTest {
    private final AsyncFixture async = new AsyncFixture();

    @BeforeEach
    void createFunction() {
        async.createFunction("orders");
    }

    @Test
    void aSuccessfulEventRunsOnceAndLeavesTheStore() {
        async.runner.answer(SUCCESS);

        async.invokeAsync("orders", null, "{\"id\":1}");
        async.timer.runDue();
        async.timer.advance(Duration.ofHours(7));

        assertThat(async.runner.times()).containsExactly(START);
        assertThat(async.runner.attempts().getFirst().payload()).isEqualTo("{\"id\":1}");
        assertThat(async.store.pending()).isEmpty();
        assertThat(async.observer.facts()).containsExactly("received orders null", "invoked orders null PT0S");
    }

    @Test
    void aFunctionErrorIsRetriedTwiceOneMinuteThenTwoMinutesLater() {
        async.runner.answer(FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{}");
        async.timer.runDue();
        async.timer.advance(Duration.ofSeconds(59));
        int beforeTheFirstRetry = async.runner.attempts().size();
        async.timer.advance(Duration.ofHours(1));

        assertThat(beforeTheFirstRetry).isEqualTo(1);
        assertThat(async.runner.times()).containsExactly(START, START.plusSeconds(60), START.plusSeconds(180));
        assertThat(async.store.pending()).isEmpty();
        assertThat(async.observer.facts()).endsWith("dropped orders null");
    }

    @Test
    void aRetryThatSucceedsEndsTheRetries() {
        async.runner.answer(FUNCTION_ERROR, SUCCESS);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.times()).containsExactly(START, START.plusSeconds(60));
        assertThat(async.observer.facts()).doesNotContain("dropped orders null");
    }

    @Test
    void throttlesBackOffFromOneSecondDoublingUpToFiveMinutes() {
        async.runner.answer(THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(30));

        assertThat(gaps(async.runner.times()).subList(0, 12)).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L,
                256L, 300L, 300L, 300L);
        assertThat(async.store.pending()).hasSize(1);
    }

    @Test
    void systemErrorsBackOffLikeThrottles() {
        async.runner.answer(SYSTEM_ERROR, SYSTEM_ERROR, SYSTEM_ERROR, SUCCESS);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.runner.times()).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3),
                START.plusSeconds(7));
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void throttlesAreRetriedUntilTheEventIsSixHoursOldThenDropped() {
        async.runner.answer(THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofHours(6).minusSeconds(1));
        boolean pendingBeforeSixHours = !async.store.pending().isEmpty();
        async.timer.advance(Duration.ofHours(1));

        assertThat(pendingBeforeSixHours).isTrue();
        assertThat(async.runner.times().getLast()).isBefore(START.plus(Duration.ofHours(6)));
        assertThat(async.store.pending()).isEmpty();
        assertThat(async.timer.waiting()).isZero();
        assertThat(async.observer.facts()).endsWith("dropped orders null");
    }

    @Test
    void functionErrorsAndThrottlesCountSeparately() {
        async.runner.answer(FUNCTION_ERROR, THROTTLE, THROTTLE, FUNCTION_ERROR, THROTTLE, FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.times()).containsExactly(START, START.plusSeconds(60), START.plusSeconds(61),
                START.plusSeconds(63), START.plusSeconds(183), START.plusSeconds(187));
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void maximumRetryAttemptsLimitsTheRetriesOfFunctionErrors() {
        for (int retries = 0; retries <= 2; retries++) {
            AsyncFixture configured = new AsyncFixture();
            configured.createFunction("orders");
            configured.configs.put(new EventInvokeConfigCommand("orders", null, retries, null, null));
            configured.runner.answer(FUNCTION_ERROR);

            configured.invokeAsync("orders", null, "{}");
            configured.timer.advance(Duration.ofHours(1));

            assertThat(configured.runner.attempts()).as("attempts with %d retries", retries).hasSize(retries + 1);
            assertThat(configured.store.pending()).isEmpty();
        }
    }

    @Test
    void theConfigurationOfTheInvokedQualifierApplies() {
        async.functions.publishVersion("orders", null, null, null);
        async.functions.createAlias(new AliasCommand("orders", "live", "1", null, null, null));
        async.configs.put(new EventInvokeConfigCommand("orders", "live", 0, null, null));
        async.runner.answer(FUNCTION_ERROR);

        async.invokeAsync("orders", "live", "{}");
        async.invokeAsync("orders", "1", "{}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.attempts()).hasSize(1 + 3);
    }

    @Test
    void maximumEventAgeEndsThrottledRetries() {
        async.configs.put(new EventInvokeConfigCommand("orders", null, null, 60, null));
        async.runner.answer(THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(10));

        assertThat(async.runner.times().getLast()).isEqualTo(START.plusSeconds(31));
        assertThat(async.store.pending()).isEmpty();
        assertThat(async.timer.waiting()).isZero();
    }

    @Test
    void maximumEventAgeCutsFunctionErrorRetriesShort() {
        async.configs.put(new EventInvokeConfigCommand("orders", null, null, 90, null));
        async.runner.answer(FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(10));

        assertThat(async.runner.times()).containsExactly(START, START.plusSeconds(60));
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void aFunctionReservedToZeroConcurrencyIsNotRetried() {
        async.functions.putConcurrency("orders", 0);
        async.runner.answer(THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.times()).containsExactly(START);
        assertThat(async.store.pending()).isEmpty();
        assertThat(async.observer.facts()).endsWith("dropped orders null");
    }

    @Test
    void anEventOfADeletedFunctionIsDropped() {
        async.runner.answer(FUNCTION_ERROR);
        async.invokeAsync("orders", null, "{}");
        async.timer.runDue();

        async.functions.delete("orders", null);
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.times()).containsExactly(START);
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void startAttemptsWhatAPreviousRunLeftInTheStore() {
        async.store.enqueue(new AsyncInvocation("left-over", "orders", null, "{}".getBytes(),
                START.minusSeconds(30)));

        async.invoker.start();
        async.timer.runDue();

        assertThat(async.runner.attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.requestId()).isEqualTo("left-over"));
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void anEventLeftOverPastItsMaximumAgeIsNotAttempted() {
        async.store.enqueue(new AsyncInvocation("too-old", "orders", null, "{}".getBytes(),
                START.minus(Duration.ofHours(7))));

        async.invoker.start();
        async.timer.runDue();

        assertThat(async.runner.attempts()).isEmpty();
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void shorterConfiguredDelaysKeepLambdasShape() {
        AsyncFixture quick = new AsyncFixture(AsyncSettings.of(Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofMillis(300)));
        quick.createFunction("orders");
        quick.runner.answer(THROTTLE, THROTTLE, THROTTLE, THROTTLE, FUNCTION_ERROR);

        quick.invokeAsync("orders", null, "{}");
        quick.timer.advance(Duration.ofMinutes(1));

        Instant start = AsyncFixture.START;
        assertThat(quick.runner.times()).containsExactly(start, start.plusMillis(100), start.plusMillis(300),
                start.plusMillis(600), start.plusMillis(900), start.plusMillis(2900), start.plusMillis(6900));
    }

    private static List<Long> gaps(List<Instant> times) {
        List<Long> gaps = new ArrayList<>();
        for (int index = 1; index < times.size(); index++) {
            gaps.add(Duration.between(times.get(index - 1), times.get(index)).toSeconds());
        }
        return gaps;
    }
}
