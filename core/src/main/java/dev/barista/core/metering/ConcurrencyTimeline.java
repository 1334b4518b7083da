package dev.barista.core.metering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How much declared memory was running at each millisecond of the recent minutes, from which each minute's peak
 * is computed. Each running interval adds its memory at its first millisecond and takes it away at its end, in a
 * per-minute array of 60,000 differences (240 KB, allocated only for minutes in which an interval starts or ends);
 * a minute's peak is the highest running sum over its milliseconds.
 *
 * <p>Invocations are reported when they end, so a minute's peak can still grow while an invocation that ran
 * during it is unfinished: minutes are kept until no such invocation can remain ({@link #forgetBefore}), and every
 * minute an interval touched is reported again ({@link #takeChangedPeaks}). An interval that began before the
 * first minute kept is counted from that minute on. Not thread-safe: its owner serializes every call.
 */
final class ConcurrencyTimeline {
    static final long MILLISECONDS_PER_MINUTE = 60_000;

    private final NavigableMap<Long, MinuteDeltas> minutes = new TreeMap<>();
    /** The memory running just before the first minute kept: the sum of every forgotten minute's differences. */
    private long runningBeforeKept;
    private long firstKeptMinute = Long.MIN_VALUE;
    private long changedFrom = Long.MAX_VALUE;
    private long changedTo = Long.MIN_VALUE;

    /** Records that {@code megabytes} ran during {@code [startMillis, endMillis)} (epoch milliseconds). */
    void add(long startMillis, long endMillis, int megabytes) {
        long keptFrom = firstKeptMinute == Long.MIN_VALUE
                ? Long.MIN_VALUE : firstKeptMinute * MILLISECONDS_PER_MINUTE;
        if (endMillis <= keptFrom) {
            return; // ran entirely before the minutes kept
        }
        long start = Math.max(startMillis, keptFrom);
        long end = Math.max(endMillis, start + 1);
        addAt(start, megabytes);
        addAt(end, -megabytes);
        markChanged(Math.floorDiv(start, MILLISECONDS_PER_MINUTE), Math.floorDiv(end - 1, MILLISECONDS_PER_MINUTE));
    }

    /** The peak of every minute an interval touched since the last call, by minute index; zero peaks left out. */
    Map<Long, Long> takeChangedPeaks() {
        Map<Long, Long> peaks = new LinkedHashMap<>();
        if (changedFrom > changedTo) {
            return peaks;
        }
        long running = runningBeforeKept;
        for (MinuteDeltas earlier : minutes.headMap(changedFrom, false).values()) {
            running += earlier.total;
        }
        for (long minute = changedFrom; minute <= changedTo; minute++) {
            MinuteDeltas deltas = minutes.get(minute);
            long peak = running;
            if (deltas != null) {
                peak = Long.MIN_VALUE;
                for (int delta : deltas.deltas) {
                    running += delta;
                    peak = Math.max(peak, running);
                }
            }
            if (peak > 0) {
                peaks.put(minute, peak);
            }
        }
        changedFrom = Long.MAX_VALUE;
        changedTo = Long.MIN_VALUE;
        return peaks;
    }

    /** Reports these minutes again at the next {@link #takeChangedPeaks} (their peaks were not stored). */
    void markChanged(long fromMinute, long toMinute) {
        long from = Math.max(fromMinute, firstKeptMinute);
        if (from <= toMinute) {
            changedFrom = Math.min(changedFrom, from);
            changedTo = Math.max(changedTo, toMinute);
        }
    }

    /** Folds the minutes before {@code minute} into one running sum; their peaks are final from now on. */
    void forgetBefore(long minute) {
        if (minute <= firstKeptMinute) {
            return;
        }
        NavigableMap<Long, MinuteDeltas> forgotten = minutes.headMap(minute, false);
        for (MinuteDeltas deltas : forgotten.values()) {
            runningBeforeKept += deltas.total;
        }
        forgotten.clear();
        firstKeptMinute = minute;
        changedFrom = Math.max(changedFrom, minute);
    }

    /** How many minutes hold an array of differences (for tests of memory use). */
    int minutesHeld() {
        return minutes.size();
    }

    private void addAt(long millis, int megabytes) {
        long minute = Math.floorDiv(millis, MILLISECONDS_PER_MINUTE);
        MinuteDeltas deltas = minutes.computeIfAbsent(minute, key -> new MinuteDeltas());
        deltas.deltas[(int) Math.floorMod(millis, MILLISECONDS_PER_MINUTE)] += megabytes;
        deltas.total += megabytes;
    }

    private static final class MinuteDeltas {
        final int[] deltas = new int[(int) MILLISECONDS_PER_MINUTE];
        long total;
    }
}
