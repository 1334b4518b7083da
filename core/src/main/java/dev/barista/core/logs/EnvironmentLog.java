package dev.barista.core.logs;

import dev.barista.core.environment.LogSink;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;

/**
 * The log of one execution environment: every line goes to the function's log stream, and the lines of the
 * current invocation are kept (the last 4 KB) for {@code LogType: Tail}. Thread-safe: the process's output
 * readers and the invoking thread both write.
 */
public final class EnvironmentLog implements LogSink {
    static final int TAIL_BYTES = 4096;

    private final String group;
    private final String stream;
    private final LogEventSink sink;
    private final Clock clock;
    private final Deque<String> tail = new ArrayDeque<>();
    private int tailBytes;

    public EnvironmentLog(String group, String stream, LogEventSink sink, Clock clock) {
        this.group = group;
        this.stream = stream;
        this.sink = sink;
        this.clock = clock;
    }

    public String stream() {
        return stream;
    }

    public String group() {
        return group;
    }

    @Override
    public void accept(String line) {
        accept(line, clock.instant());
    }

    /** Stored with the instant it was written, so that lines of different channels read in the order written. */
    @Override
    public void accept(String line, Instant writtenAt) {
        sink.append(new LogEvent(group, stream, writtenAt, line));
        synchronized (tail) {
            tail.addLast(line);
            tailBytes += line.length() + 1;
            while (tailBytes > TAIL_BYTES * 2 && tail.size() > 1) {
                tailBytes -= tail.removeFirst().length() + 1;
            }
        }
    }

    /** Starts a new invocation: forgets the tail of the previous one. */
    public void beginInvocation() {
        synchronized (tail) {
            tail.clear();
            tailBytes = 0;
        }
    }

    /** The last 4 KB of the current invocation's log, base64, as {@code X-Amz-Log-Result} carries it. */
    public String tailBase64() {
        StringBuilder text = new StringBuilder();
        synchronized (tail) {
            for (String line : tail) {
                text.append(line).append('\n');
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int from = Math.max(0, bytes.length - TAIL_BYTES);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
    }
}
