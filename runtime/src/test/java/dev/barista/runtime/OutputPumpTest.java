package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutputPumpTest {
    private static final byte[] PREFIX = "\0marker-secret:".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final CollectingLogSink sink = new CollectingLogSink();
    private final PipedOutputStream process = new PipedOutputStream();
    private final OutputPump pump;

    OutputPumpTest() throws IOException {
        pump = OutputPump.start("test", new PipedInputStream(process, 1 << 20), sink, PREFIX, Set.of("hidden"));
    }

    @AfterEach
    void closeTheProcessSide() throws IOException {
        process.close();
    }

    private void write(String text) throws IOException {
        process.write(text.getBytes(StandardCharsets.UTF_8));
        process.flush();
    }

    private void writeMarker(long sequence) throws IOException {
        process.write(PREFIX);
        write(sequence + "\n");
    }

    @Test
    void deliversLinesInOrderWithoutTheirTerminators() throws IOException {
        write("first\nsecond\r\nthird ünïcode\n");
        writeMarker(1);

        assertThat(pump.awaitMarker(1, WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("first", "second", "third ünïcode");
    }

    @Test
    void aMarkerDeliversTheUnfinishedLineBeforeItAndIsNeverDelivered() throws IOException {
        write("complete\npartial");
        writeMarker(7);

        assertThat(pump.awaitMarker(7, WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("complete", "partial");
    }

    @Test
    void waitingForALaterMarkerTimesOut() throws IOException {
        writeMarker(1);

        assertThat(pump.awaitMarker(2, Duration.ofMillis(20))).isFalse();
    }

    @Test
    void somethingThatOnlyLooksLikeAMarkerIsAnOrdinaryLine() throws IOException {
        write("marker-secret:12\n");
        write("\0other-secret:3\n");
        writeMarker(1);

        assertThat(pump.awaitMarker(1, WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("marker-secret:12", "\0other-secret:3");
    }

    @Test
    void keepsThePlatformsOwnLinesOutOfTheLog() throws IOException {
        write("before\nhidden\nafter\n");
        writeMarker(1);

        assertThat(pump.awaitMarker(1, WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("before", "after");
    }

    @Test
    void theEndOfTheOutputDeliversTheLastUnfinishedLine() throws IOException {
        write("last words");
        process.close();

        assertThat(pump.awaitEnd(WAIT)).isTrue();
        assertThat(sink.lines()).containsExactly("last words");
    }

    @Test
    void aSilencedPumpKeepsReadingButDeliversNothing() throws IOException {
        pump.silence();
        write("unheard\n");
        writeMarker(1);

        assertThat(pump.awaitMarker(1, WAIT)).isTrue();
        assertThat(sink.lines()).isEmpty();
    }

    @Test
    void splitsAnEndlessLine() throws IOException {
        write("x".repeat(300 * 1024) + "\n");
        writeMarker(1);

        assertThat(pump.awaitMarker(1, WAIT)).isTrue();
        assertThat(sink.lines()).hasSize(2).allMatch(line -> line.chars().allMatch(character -> character == 'x'));
        assertThat(sink.lines().getFirst()).hasSize(256 * 1024);
    }

    @Test
    void aFailingSinkDoesNotStopTheReading() throws IOException {
        CollectingLogSink survivors = new CollectingLogSink();
        PipedOutputStream output = new PipedOutputStream();
        OutputPump failing = OutputPump.start("failing", new PipedInputStream(output), line -> {
            if (line.equals("bad")) {
                throw new IllegalStateException("sink failure");
            }
            survivors.accept(line);
        }, PREFIX, Set.of());

        output.write("bad\ngood\n".getBytes(StandardCharsets.UTF_8));
        output.close();

        assertThat(failing.awaitEnd(WAIT)).isTrue();
        assertThat(survivors.lines()).containsExactly("good");
    }
}
