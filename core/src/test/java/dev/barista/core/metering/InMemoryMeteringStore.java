package dev.barista.core.metering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link MeteringStore} in memory, for tests; it can be told to fail its next writes. Thread-safe. */
public final class InMemoryMeteringStore implements MeteringStore {
    private final List<MinuteUsage> rows = new ArrayList<>();
    private final Map<Instant, Long> peaks = new TreeMap<>();
    private int failuresToCome;
    private int transactions;

    @Override
    public synchronized void record(List<MinuteUsage> usage, List<ConcurrencyPeak> minutePeaks) {
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("the disk is full");
        }
        transactions++;
        for (MinuteUsage added : usage) {
            int index = indexOf(added);
            if (index < 0) {
                rows.add(added);
            } else {
                MinuteUsage existing = rows.get(index);
                rows.set(index, new MinuteUsage(existing.minute(), existing.functionName(),
                        existing.memorySizeMegabytes(), existing.architecture(), existing.usage().plus(added.usage())));
            }
        }
        minutePeaks.forEach(peak -> peaks.merge(peak.minute(), peak.megabytes(), Math::max));
    }

    @Override
    public synchronized List<FunctionUsage> usage(Instant from, Instant to) {
        Map<String, FunctionUsage> totals = new TreeMap<>();
        for (MinuteUsage row : rows) {
            if (row.minute().isBefore(from) || !row.minute().isBefore(to)) {
                continue;
            }
            String key = row.functionName() + "\u0000" + row.memorySizeMegabytes() + "\u0000" + row.architecture();
            Usage before = totals.containsKey(key) ? totals.get(key).usage() : Usage.NONE;
            totals.put(key, new FunctionUsage(row.functionName(), row.memorySizeMegabytes(), row.architecture(),
                    before.plus(row.usage())));
        }
        return List.copyOf(totals.values());
    }

    @Override
    public synchronized long peakConcurrentMegabytes(Instant from, Instant to) {
        return peaks.entrySet().stream()
                .filter(entry -> !entry.getKey().isBefore(from) && entry.getKey().isBefore(to))
                .mapToLong(Map.Entry::getValue).max().orElse(0);
    }

    /** Every stored minute row, in the order first written. */
    public synchronized List<MinuteUsage> rows() {
        return List.copyOf(rows);
    }

    /** Every stored minute peak. */
    public synchronized Map<Instant, Long> peaks() {
        return Map.copyOf(peaks);
    }

    /** How many writes succeeded. */
    public synchronized int transactions() {
        return transactions;
    }

    /** Makes the next {@code count} writes throw. */
    public synchronized void failNextWrites(int count) {
        failuresToCome = count;
    }

    private int indexOf(MinuteUsage added) {
        for (int index = 0; index < rows.size(); index++) {
            MinuteUsage row = rows.get(index);
            if (row.minute().equals(added.minute()) && row.functionName().equals(added.functionName())
                    && row.memorySizeMegabytes() == added.memorySizeMegabytes()
                    && row.architecture() == added.architecture()) {
                return index;
            }
        }
        return -1;
    }
}
