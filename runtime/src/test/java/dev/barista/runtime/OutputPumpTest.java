package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutputPumpTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final CollectingLogSink sink = new CollectingLogSink();
    private final Pipe pipe;
    private final OutputPump pump;

    OutputPumpTest() throws IOException {
        pipe = Pipe.open();
        pump = OutputPump.start("test", pipe.source(), sink, Set.of("hidden"));
    }

    @AfterEach
    void closeTheProcessSide() throws IOException {
        pipe.sink().close();
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            pipe.sink().write(bytes);
        }
    }

    @Test
    void aDrainDeliversWhatWasWrittenBeforeItInOrderWithoutTerminators() throws IOException {
        write("first\nsecond\r\nthird ünïcode\n");

        pump.drain();

        assertThat(sink.lines()).containsExactly("first", "second", "third ünïcode");
    }

    @Test
    void aDrainDeliversTheUnfinishedLine() throws IOException {
        write("complete\npartial");

        pump.drain();

        assertThat(sink.lines()).containsExactly("complete", "partial");
    }

    @Test
    void withoutADrainTheThreadDeliversCompleteLinesAndKeepsTheUnfinishedOne() throws IOException {
        write("first\npart");
        awaitLines(List.of("first"));

        write("ial\n");
        awaitLines(List.of("first", "partial"));
    }

    @Test
    void keepsThePlatformsOwnLinesOutOfTheLog() throws IOException {
        write("before\nhidden\nafter\n");

        pump.drain();

        assertThat(sink.lines()).containsExactly("before", "after");
    }

    @Test
    void theEndOfTheOutputDeliversTheLastUnfinishedLine() throws IOException {
        write("last words");
        pipe.sink().close();

        assertThat(pump.awaitEnd(WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("last words");
    }

    @Test
    void aDrainAfterTheEndDeliversNothingMore() throws IOException {
        write("only\n");
        pipe.sink().close();
        assertThat(pump.awaitEnd(WAIT)).isTrue();

        pump.drain();

        assertThat(sink.lines()).containsExactly("only");
    }

    @Test
    void waitingForTheEndOfOpenOutputTimesOut() {
        assertThat(pump.awaitEnd(Duration.ofMillis(20))).isFalse();
    }

    @Test
    void aSilencedPumpKeepsReadingButDeliversNothing() throws IOException {
        pump.silence();
        write("unheard\n");

        pump.drain();

        assertThat(sink.lines()).isEmpty();
    }

    @Test
    void splitsAnEndlessLine() throws IOException {
        // More than a pipe holds: the write completes only because the pump's thread reads meanwhile.
        write("x".repeat(300 * 1024) + "\n");

        pump.drain();

        assertThat(sink.lines()).hasSize(2).allMatch(line -> line.chars().allMatch(character -> character == 'x'));
        assertThat(sink.lines().getFirst()).hasSize(256 * 1024);
    }

    @Test
    void aFailingSinkDoesNotStopTheReading() throws IOException {
        CollectingLogSink survivors = new CollectingLogSink();
        Pipe other = Pipe.open();
        OutputPump failing = OutputPump.start("failing", other.source(), line -> {
            if (line.equals("bad")) {
                throw new IllegalStateException("sink failure");
            }
            survivors.accept(line);
        }, Set.of());

        other.sink().write(ByteBuffer.wrap("bad\ngood\n".getBytes(StandardCharsets.UTF_8)));
        other.sink().close();

        assertThat(failing.awaitEnd(WAIT)).isTrue();
        assertThat(survivors.lines()).containsExactly("good");
    }

    /** Waits (at most {@link #WAIT}) for the pump's thread to have delivered exactly these lines. */
    private void awaitLines(List<String> expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!sink.lines().equals(expected) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertThat(sink.lines()).isEqualTo(expected);
    }
}
