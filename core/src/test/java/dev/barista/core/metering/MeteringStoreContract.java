package dev.barista.core.metering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link MeteringStore} keeps. A store implementation's test extends this class and makes a
 * fresh, empty store for each test.
 */
public abstract class MeteringStoreContract {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:15:00Z");

    private MeteringStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract MeteringStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Test
    void anEmptyStoreHasNoUsageAndNoPeak() {
        assertThat(store.usage(Instant.EPOCH, MINUTE.plusSeconds(86_400))).isEmpty();
        assertThat(store.peakConcurrentMegabytes(Instant.EPOCH, MINUTE.plusSeconds(86_400))).isZero();
    }

    @Test
    void recordedUsageIsReadBackWithEveryField() {
        store.record(List.of(row(MINUTE, "orders", 512, Architecture.ARM64, new Usage(3, 1_200, 614_400))),
                List.of());

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(60))).containsExactly(
                new FunctionUsage("orders", 512, Architecture.ARM64, new Usage(3, 1_200, 614_400)));
    }

    @Test
    void usageOfTheSameMinuteFunctionMemoryAndArchitectureAddsUp() {
        store.record(List.of(row(MINUTE, "orders", 128, Architecture.X86_64, new Usage(1, 10, 1_280))), List.of());
        store.record(List.of(row(MINUTE, "orders", 128, Architecture.X86_64, new Usage(2, 30, 3_840))), List.of());

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(60))).containsExactly(
                new FunctionUsage("orders", 128, Architecture.X86_64, new Usage(3, 40, 5_120)));
    }

    @Test
    void aPeriodSumsItsMinutesPerFunctionMemoryAndArchitecture() {
        store.record(List.of(
                row(MINUTE, "orders", 128, Architecture.X86_64, new Usage(1, 10, 1_280)),
                row(MINUTE.plusSeconds(60), "orders", 128, Architecture.X86_64, new Usage(2, 20, 2_560)),
                row(MINUTE, "orders", 256, Architecture.X86_64, new Usage(1, 10, 2_560)),
                row(MINUTE, "orders", 128, Architecture.ARM64, new Usage(1, 10, 1_280)),
                row(MINUTE, "billing", 128, Architecture.X86_64, new Usage(4, 40, 5_120))), List.of());

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(120))).containsExactlyInAnyOrder(
                new FunctionUsage("orders", 128, Architecture.X86_64, new Usage(3, 30, 3_840)),
                new FunctionUsage("orders", 256, Architecture.X86_64, new Usage(1, 10, 2_560)),
                new FunctionUsage("orders", 128, Architecture.ARM64, new Usage(1, 10, 1_280)),
                new FunctionUsage("billing", 128, Architecture.X86_64, new Usage(4, 40, 5_120)));
    }

    @Test
    void aPeriodHoldsTheMinutesThatStartInIt() {
        store.record(List.of(
                row(MINUTE.minusSeconds(60), "orders", 128, Architecture.X86_64, new Usage(1, 1, 128)),
                row(MINUTE, "orders", 128, Architecture.X86_64, new Usage(2, 2, 256)),
                row(MINUTE.plusSeconds(60), "orders", 128, Architecture.X86_64, new Usage(4, 4, 512))), List.of());

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(60)))
                .extracting(FunctionUsage::usage).containsExactly(new Usage(2, 2, 256));
        assertThat(store.usage(MINUTE.minusSeconds(60), MINUTE.plusSeconds(120)))
                .extracting(FunctionUsage::usage).containsExactly(new Usage(7, 7, 896));
        assertThat(store.usage(MINUTE.plusSeconds(120), MINUTE.plusSeconds(180))).isEmpty();
    }

    @Test
    void aMinutesPeakOnlyEverRises() {
        store.record(List.of(), List.of(new ConcurrencyPeak(MINUTE, 1_024)));
        store.record(List.of(), List.of(new ConcurrencyPeak(MINUTE, 512)));
        assertThat(store.peakConcurrentMegabytes(MINUTE, MINUTE.plusSeconds(60))).isEqualTo(1_024);

        store.record(List.of(), List.of(new ConcurrencyPeak(MINUTE, 2_048)));
        assertThat(store.peakConcurrentMegabytes(MINUTE, MINUTE.plusSeconds(60))).isEqualTo(2_048);
    }

    @Test
    void thePeakOfAPeriodIsItsHighestMinute() {
        store.record(List.of(), List.of(new ConcurrencyPeak(MINUTE.minusSeconds(60), 9_999),
                new ConcurrencyPeak(MINUTE, 256), new ConcurrencyPeak(MINUTE.plusSeconds(60), 768),
                new ConcurrencyPeak(MINUTE.plusSeconds(120), 8_888)));

        assertThat(store.peakConcurrentMegabytes(MINUTE, MINUTE.plusSeconds(120))).isEqualTo(768);
    }

    @Test
    void usageAndPeaksOfOneRecordAreWrittenTogether() {
        store.record(List.of(row(MINUTE, "orders", 128, Architecture.X86_64, new Usage(1, 5, 640))),
                List.of(new ConcurrencyPeak(MINUTE, 128)));

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(60))).hasSize(1);
        assertThat(store.peakConcurrentMegabytes(MINUTE, MINUTE.plusSeconds(60))).isEqualTo(128);
    }

    @Test
    void largeTotalsAreKeptExactly() {
        long megabyteMilliseconds = 9_000_000_000_000_000L;
        store.record(List.of(row(MINUTE, "busy", 10_240, Architecture.X86_64,
                new Usage(4_000_000_000L, 800_000_000_000_000L, megabyteMilliseconds))), List.of());

        assertThat(store.usage(MINUTE, MINUTE.plusSeconds(60)).getFirst().usage())
                .isEqualTo(new Usage(4_000_000_000L, 800_000_000_000_000L, megabyteMilliseconds));
    }

    private static MinuteUsage row(Instant minute, String function, int memory, Architecture architecture,
                                   Usage usage) {
        return new MinuteUsage(minute, function, memory, architecture, usage);
    }
}
