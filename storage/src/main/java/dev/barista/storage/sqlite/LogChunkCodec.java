package dev.barista.storage.sqlite;

import dev.barista.core.logs.EventPosition;
import dev.barista.core.logs.NewLogEvent;
import dev.barista.core.logs.StoredLogEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The blob of a log chunk: for each event, in timestamp order, its timestamp minus the chunk's first one and the
 * length of its UTF-8 message (both unsigned LEB128 varints), then the message. An event's sequence number is
 * {@code chunk id * 65536 + its index}, so positions order by chunk, then index, at equal timestamps.
 */
final class LogChunkCodec {
    /** Small chunks keep the word index sharp: a selective word reads a few hundred events per chunk it is in. */
    static final int MAXIMUM_EVENTS = 256;
    /** A chunk fills up at this many message bytes (an event larger than that is a chunk of its own). */
    static final int MAXIMUM_BYTES = 256 * 1024;
    static final long INDEX_RANGE = 65_536;

    private LogChunkCodec() {
    }

    /**
     * Encodes events sorted by timestamp.
     *
     * @param messages the events' messages in UTF-8, in the same order
     */
    static byte[] encode(List<NewLogEvent> sorted, List<byte[]> messages, long firstTimestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 96);
        for (int index = 0; index < sorted.size(); index++) {
            byte[] message = messages.get(index);
            varint(out, sorted.get(index).timestamp() - firstTimestamp);
            varint(out, message.length);
            out.write(message, 0, message.length);
        }
        return out.toByteArray();
    }

    /** Decodes a chunk's events, in order. */
    static List<StoredLogEvent> decode(byte[] blob, long chunkId, long firstTimestamp, long ingestedAt,
                                       String streamName) {
        List<StoredLogEvent> events = new ArrayList<>();
        int[] at = {0};
        long sequence = chunkId * INDEX_RANGE;
        while (at[0] < blob.length) {
            long timestamp = firstTimestamp + readVarint(blob, at);
            int length = (int) readVarint(blob, at);
            String message = new String(blob, at[0], length, StandardCharsets.UTF_8);
            at[0] += length;
            events.add(new StoredLogEvent(streamName, new EventPosition(timestamp, sequence++), ingestedAt, message));
        }
        return events;
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(byte[] blob, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte next = blob[at[0]++];
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
