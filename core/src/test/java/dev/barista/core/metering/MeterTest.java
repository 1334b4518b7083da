package dev.barista.core.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.function.Architecture;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.CompletedInvocation.Outcome;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeterTest {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:15:00Z");

    private final MutableClock clock = new MutableClock(MINUTE.plusSeconds(30));
    private final InMemoryMeteringStore store = new InMemoryMeteringStore();
    private final Meter meter = new Meter(store, clock);

    @Test
    void nothingIsWrittenBeforeAFlush() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));

        assertThat(store.rows()).isEmpty();
    }

    @Test
    void invocationsOfOneFunctionMemoryArchitectureAndMinuteBecomeOneRow() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));
        meter.completed(warm("orders", MINUTE.plusSeconds(59), 30, 128));

        meter.flush();

        assertThat(store.rows()).containsExactly(new MinuteUsage(MINUTE, "orders", 128, Architecture.X86_64,
                new Usage(2, 40, 40 * 128)));
        assertThat(store.transactions()).isEqualTo(1);
    }

    @Test
    void memoryArchitectureAndMinuteEachMakeTheirOwnRow() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));
        meter.completed(warm("orders", MINUTE.plusSeconds(2), 10, 256));
        meter.completed(invocation("orders", MINUTE.plusSeconds(3), Duration.ofMillis(10), null, 128,
                Architecture.ARM64));
        meter.completed(warm("orders", MINUTE.plusSeconds(61), 10, 128));

        meter.flush();

        assertThat(store.rows()).extracting(row -> row.minute() + " " + row.memorySizeMegabytes() + " "
                + row.architecture()).containsExactlyInAnyOrder(
                MINUTE + " 128 X86_64", MINUTE + " 256 X86_64", MINUTE + " 128 ARM64",
                MINUTE.plusSeconds(60) + " 128 X86_64");
    }

    @Test
    void theInitPhaseIsBilledAndTheInvocationCountsInTheMinuteItsInitBegan() {
        meter.completed(invocation("orders", MINUTE.plusMillis(200), Duration.ofMillis(50), Duration.ofMillis(300),
                512, Architecture.X86_64));

        meter.flush();

        assertThat(store.rows()).containsExactly(new MinuteUsage(MINUTE.minusSeconds(60), "orders", 512,
                Architecture.X86_64, new Usage(1, 350, 350 * 512)));
    }

    @Test
    void eachFlushAddsOnlyWhatCameSinceThePreviousOne() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));
        meter.flush();
        meter.completed(warm("orders", MINUTE.plusSeconds(2), 5, 128));
        meter.flush();
        meter.flush();

        assertThat(store.rows()).containsExactly(new MinuteUsage(MINUTE, "orders", 128, Architecture.X86_64,
                new Usage(2, 15, 15 * 128)));
        assertThat(store.transactions()).isEqualTo(2);
    }

    @Test
    void closingFlushesWhatIsPending() {
        meter.start();
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));

        meter.close();

        assertThat(store.rows()).extracting(row -> row.usage().requests()).containsExactly(1L);
    }

    @Test
    void aFailedFlushKeepsItsUsageForTheNextOne() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 10, 128));
        store.failNextWrites(1);

        assertThatThrownBy(meter::flush).hasMessage("the disk is full");
        meter.completed(warm("orders", MINUTE.plusSeconds(2), 10, 128));
        meter.flush();

        assertThat(store.rows()).containsExactly(new MinuteUsage(MINUTE, "orders", 128, Architecture.X86_64,
                new Usage(2, 20, 20 * 128)));
        assertThat(store.peaks()).containsEntry(MINUTE, 128L);
    }

    @Test
    void overlappingInvocationsAddTheirMemoryToTheMinutesPeak() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 1_000, 128));
        meter.completed(warm("billing", MINUTE.plusMillis(1_500), 1_000, 512));
        meter.completed(warm("orders", MINUTE.plusSeconds(10), 1_000, 128));

        meter.flush();

        assertThat(store.peaks()).isEqualTo(Map.of(MINUTE, 640L));
    }

    @Test
    void invocationsOneAfterAnotherDoNotOverlap() {
        meter.completed(warm("orders", MINUTE.plusSeconds(1), 1_000, 128));
        meter.completed(warm("orders", MINUTE.plusSeconds(2), 1_000, 128));

        meter.flush();

        assertThat(store.peaks()).isEqualTo(Map.of(MINUTE, 128L));
    }

    @Test
    void anInitPhaseOccupiesMemoryToo() {
        meter.completed(warm("orders", MINUTE.plusSeconds(2), 100, 128));
        meter.completed(invocation("billing", MINUTE.plusSeconds(3), Duration.ofMillis(10), Duration.ofSeconds(2),
                1_024, Architecture.X86_64));

        meter.flush();

        assertThat(store.peaks()).isEqualTo(Map.of(MINUTE, 1_152L));
    }

    @Test
    void aLongInvocationCountsInEveryMinuteItRan() {
        meter.completed(warm("report", MINUTE.plusSeconds(30), 200_000, 2_048));

        meter.flush();

        assertThat(store.peaks()).isEqualTo(Map.of(MINUTE, 2_048L, MINUTE.plusSeconds(60), 2_048L,
                MINUTE.plusSeconds(120), 2_048L, MINUTE.plusSeconds(180), 2_048L));
    }

    @Test
    void anInvocationThatEndsLaterRaisesTheEarlierMinutesPeak() {
        meter.completed(warm("orders", MINUTE.plusSeconds(5), 1_000, 128));
        meter.flush();
        assertThat(store.peaks()).isEqualTo(Map.of(MINUTE, 128L));

        clock.advance(Duration.ofMinutes(5));
        meter.completed(warm("report", MINUTE.plusSeconds(1), 300_000, 1_024));
        meter.flush();

        assertThat(store.peaks()).containsEntry(MINUTE, 1_152L).containsEntry(MINUTE.plusSeconds(240), 1_024L);
    }

    @Test
    void minutesOlderThanTheLongestInvocationAreForgotten() {
        meter.completed(warm("orders", MINUTE.plusSeconds(5), 1_000, 128));
        clock.advance(Meter.LONGEST_INVOCATION.plusMinutes(2));
        meter.completed(warm("orders", clock.instant(), 1_000, 128));
        meter.flush();

        meter.completed(warm("late", MINUTE.plusSeconds(5), 1_000, 4_096));
        meter.flush();

        assertThat(store.rows()).hasSize(3);
        assertThat(store.peaks()).as("a minute's peak is final after the longest invocation")
                .containsEntry(MINUTE, 128L).hasSize(2);
    }

    private static CompletedInvocation warm(String function, Instant started, long milliseconds, int memory) {
        return invocation(function, started, Duration.ofMillis(milliseconds), null, memory, Architecture.X86_64);
    }

    private static CompletedInvocation invocation(String function, Instant started, Duration duration,
                                                  Duration init, int memory, Architecture architecture) {
        long billed = duration.plus(init == null ? Duration.ZERO : init).toMillis();
        return new CompletedInvocation("request-" + started.toEpochMilli(), function, "$LATEST", "$LATEST", started,
                duration, init, billed, memory, memory / 2, architecture, Outcome.SUCCESS);
    }
}
