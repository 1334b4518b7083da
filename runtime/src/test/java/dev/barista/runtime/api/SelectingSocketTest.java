package dev.barista.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A non-blocking channel read and written as blocking streams, against a plain blocking socket as the peer. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SelectingSocketTest {
    private Socket peer;
    private SelectingSocket socket;

    @BeforeEach
    void connect() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            peer = new Socket(InetAddress.getLoopbackAddress(), listener.socket().getLocalPort());
            SocketChannel accepted = listener.accept();
            socket = new SelectingSocket(accepted);
        }
    }

    @AfterEach
    void close() throws IOException {
        socket.close();
        peer.close();
    }

    @Test
    void aReadWaitsForTheBytesThePeerSendsLater() throws Exception {
        CompletableFuture<Integer> read = inBackground(() -> socket.input().read(), -2);
        Thread.sleep(50);
        assertThat(read).isNotDone();

        peer.getOutputStream().write('x');

        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo('x');
    }

    @Test
    void aReadEndsWithATimeoutOnceItsDeadlineHasPassedAndWaitsAgainWithoutOne() throws Exception {
        socket.readDeadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30));

        assertThatThrownBy(() -> socket.input().read()).isInstanceOf(SocketTimeoutException.class);

        socket.clearReadDeadline();
        peer.getOutputStream().write('y');
        assertThat(socket.input().read()).isEqualTo('y');
    }

    @Test
    void awaitingReadabilityConsumesNothingAndTellsWhetherBytesCameInTime() throws IOException {
        assertThat(socket.awaitReadable(TimeUnit.MILLISECONDS.toNanos(20))).isFalse();

        peer.getOutputStream().write("ab".getBytes());

        assertThat(socket.awaitReadable(TimeUnit.SECONDS.toNanos(5))).isTrue();
        assertThat(socket.input().readNBytes(2)).isEqualTo("ab".getBytes());
    }

    @Test
    void theProbeTellsAClosedPeerFromAQuietOneAndKeepsAByteItRead() throws IOException {
        assertThat(socket.peerClosed()).isFalse();

        peer.getOutputStream().write("cd".getBytes());
        waitUntilReadable();
        assertThat(socket.peerClosed()).isFalse();
        assertThat(socket.awaitReadable(1)).isTrue(); // The kept byte.
        assertThat(socket.input().readNBytes(2)).isEqualTo("cd".getBytes());

        peer.close();
        waitUntilReadable();
        assertThat(socket.peerClosed()).isTrue();
    }

    @Test
    void aWriteLargerThanTheSocketBuffersWaitsForThePeerToRead() throws Exception {
        byte[] large = new byte[16 * 1024 * 1024];
        Arrays.fill(large, (byte) 7);
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try (InputStream input = peer.getInputStream()) {
                Thread.sleep(100); // The writer fills the buffers and waits first.
                return input.readNBytes(large.length);
            } catch (IOException | InterruptedException failure) {
                throw new IllegalStateException(failure);
            }
        });

        socket.write(large);

        assertThat(received.get(20, TimeUnit.SECONDS)).isEqualTo(large);
    }

    @Test
    void closingEndsAReadThatWaitsAndThePeerSeesTheEnd() throws Exception {
        CompletableFuture<Integer> read = inBackground(() -> socket.input().read(), -2);
        Thread.sleep(50);

        socket.close();

        assertThat(read.get(5, TimeUnit.SECONDS)).isIn(-1, -2);
        peer.setSoTimeout(5_000);
        assertThat(peer.getInputStream().read()).isEqualTo(-1);
    }

    @Test
    void closingEndsAWriteThatWaitsForAPeerThatDoesNotRead() throws Exception {
        byte[] large = new byte[16 * 1024 * 1024];
        CompletableFuture<Boolean> written = inBackground(() -> {
            socket.write(large);
            return true;
        }, false);
        Thread.sleep(100);
        assertThat(written).isNotDone();

        socket.close();

        assertThat(written.get(5, TimeUnit.SECONDS)).isFalse();
    }

    /** Runs {@code call} on another thread; its result, or {@code failed} when it throws. */
    private static <T> CompletableFuture<T> inBackground(Callable<T> call, T failed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception failure) {
                return failed;
            }
        });
    }

    private void waitUntilReadable() throws IOException {
        assertThat(socket.awaitReadable(TimeUnit.SECONDS.toNanos(5))).isTrue();
    }
}
