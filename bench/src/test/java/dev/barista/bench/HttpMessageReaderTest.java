package dev.barista.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpMessageReaderTest {
    private static final String INVOKE = "POST /2015-03-31/functions/floor/invocations HTTP/1.1\r\nHost: x\r\n"
            + "content-LENGTH: 2\r\n\r\n{}";
    private static final String NEXT = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n";

    @Test
    void readsPipelinedMessagesWithAndWithoutBodies() throws IOException {
        String answer = "POST /2018-06-01/runtime/invocation/id/response HTTP/1.1\r\nContent-Length: 11\r\n\r\n"
                + "{\"a\":\"bc\"}\n";
        HttpMessageReader reader = reader(INVOKE + answer + NEXT, 1_000, 64);

        assertThat(reader.next()).isTrue();
        assertThat(reader.startLine()).isEqualTo("POST /2015-03-31/functions/floor/invocations HTTP/1.1");
        assertThat(body(reader)).isEqualTo("{}");
        assertThat(reader.next()).isTrue();
        assertThat(body(reader)).isEqualTo("{\"a\":\"bc\"}\n");
        assertThat(reader.next()).isTrue();
        assertThat(reader.startLine()).startsWith("GET ");
        assertThat(reader.bodyLength()).isZero();
        assertThat(reader.next()).isFalse();
    }

    @Test
    void readsMessagesArrivingOneByteAtATimeIntoASmallBuffer() throws IOException {
        String large = "x".repeat(300);
        String message = "HTTP/1.1 200 OK\r\nContent-Length: 300\r\n\r\n" + large;
        HttpMessageReader reader = reader(message + message, 1, 16);

        assertThat(reader.next()).isTrue();
        assertThat(body(reader)).isEqualTo(large);
        assertThat(reader.next()).isTrue();
        assertThat(body(reader)).isEqualTo(large);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void failsOnAStreamEndingInsideAMessage() throws IOException {
        assertThatThrownBy(() -> reader("GET / HTTP/1.1\r\nHost:", 1_000, 64).next()).isInstanceOf(EOFException.class);
        HttpMessageReader truncatedBody = reader("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab", 1_000, 64);
        assertThatThrownBy(truncatedBody::next).isInstanceOf(EOFException.class);
    }

    @Test
    void rejectsABadContentLength() {
        assertThatThrownBy(() -> reader("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 1_000, 64).next())
                .isInstanceOf(IOException.class).hasMessageContaining("Content-Length");
    }

    @Test
    void relayMessagesCarryTheBodyAndItsLength() throws IOException {
        byte[] out = new byte[64];
        byte[] body = "--{\"k\":1}--".getBytes(StandardCharsets.US_ASCII);
        int length = RelayFloor.message(out, "HEAD\r\nContent-Length: ".getBytes(StandardCharsets.US_ASCII), body,
                2, 7);
        assertThat(new String(out, 0, length, StandardCharsets.US_ASCII))
                .isEqualTo("HEAD\r\nContent-Length: 7\r\n\r\n{\"k\":1}");
        assertThatThrownBy(() -> RelayFloor.message(new byte[20], new byte[10], new byte[0], 0, 0))
                .isInstanceOf(IOException.class);
    }

    private static String body(HttpMessageReader reader) {
        return new String(reader.buffer(), reader.bodyOffset(), reader.bodyLength(), StandardCharsets.UTF_8);
    }

    /** A reader over {@code text} whose stream returns at most {@code chunk} bytes per read. */
    private static HttpMessageReader reader(String text, int chunk, int capacity) {
        InputStream stream = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
        return new HttpMessageReader(stream, capacity);
    }
}
