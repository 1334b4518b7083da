package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutputPipeTest {
    @Test
    void theDescriptorNamesTheWriteEndOfThisVeryPipe() throws IOException {
        try (OutputPipe pipe = OutputPipe.open()) {
            Path descriptor = Path.of("/proc/self/fd", Integer.toString(pipe.writeDescriptor()));
            Files.write(descriptor, "through the descriptor\n".getBytes(StandardCharsets.UTF_8));

            assertThat(readLine(pipe)).isEqualTo("through the descriptor");
        }
    }

    @Test
    void aProcessWritesItsStdoutAndStderrIntoThePipeAndItEndsWithTheProcess() throws Exception {
        try (OutputPipe pipe = OutputPipe.open()) {
            Process process = new ProcessBuilder("sh", "-c", "echo out; echo err >&2")
                    .redirectOutput(pipe.redirect()).redirectErrorStream(true).start();
            pipe.closeWriteEnd();

            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(readAll(pipe)).isEqualTo("out\nerr\n");
        }
    }

    @Test
    void pipesOpenedOneAfterAnotherHaveTheirOwnDescriptors() throws IOException {
        try (OutputPipe first = OutputPipe.open(); OutputPipe second = OutputPipe.open()) {
            assertThat(first.writeDescriptor()).isNotEqualTo(second.writeDescriptor());
            Files.write(Path.of("/proc/self/fd", Integer.toString(second.writeDescriptor())),
                    "second\n".getBytes(StandardCharsets.UTF_8));

            assertThat(readLine(second)).isEqualTo("second");
        }
    }

    private static String readLine(OutputPipe pipe) throws IOException {
        StringBuilder line = new StringBuilder();
        ByteBuffer next = ByteBuffer.allocate(1);
        while (pipe.readEnd().read(next.clear()) == 1 && next.get(0) != '\n') {
            line.append((char) next.get(0));
        }
        return line.toString();
    }

    private static String readAll(OutputPipe pipe) throws IOException {
        StringBuilder text = new StringBuilder();
        ByteBuffer chunk = ByteBuffer.allocate(256);
        while (pipe.readEnd().read(chunk.clear()) > 0) {
            text.append(new String(chunk.array(), 0, chunk.position(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
