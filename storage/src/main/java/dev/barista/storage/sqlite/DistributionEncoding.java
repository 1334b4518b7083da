package dev.barista.storage.sqlite;

import dev.barista.core.metrics.Distribution;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Distribution} as one BLOB: a flags byte (1 = available, 2 = exact), then each entry as two big-endian
 * doubles, key and count.
 */
final class DistributionEncoding {
    private static final int AVAILABLE = 1;
    private static final int EXACT = 2;

    private DistributionEncoding() {
    }

    static byte[] encode(Distribution distribution) {
        List<Distribution.Entry> entries = distribution.entries();
        ByteBuffer buffer = ByteBuffer.allocate(1 + 16 * entries.size());
        buffer.put((byte) ((distribution.available() ? AVAILABLE : 0) | (distribution.exact() ? EXACT : 0)));
        for (Distribution.Entry entry : entries) {
            buffer.putDouble(entry.key()).putDouble(entry.count());
        }
        return buffer.array();
    }

    static Distribution decode(byte[] bytes) {
        if (bytes.length == 0 || (bytes.length - 1) % 16 != 0) {
            throw new IllegalStateException("Malformed metric distribution of " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int flags = buffer.get();
        List<Distribution.Entry> entries = new ArrayList<>((bytes.length - 1) / 16);
        while (buffer.hasRemaining()) {
            entries.add(new Distribution.Entry(buffer.getDouble(), buffer.getDouble()));
        }
        return Distribution.restore((flags & AVAILABLE) != 0, (flags & EXACT) != 0, entries);
    }
}
