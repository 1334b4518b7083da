package dev.barista.server.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.server.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CostCommandTest {

    @Test
    void aServerThatIsNotRunningIsReportedPlainly() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("cost", "--endpoint", "http://127.0.0.1:" + port);

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("nothing answers at http://127.0.0.1:" + port);
        assertThat(out.toString()).isEmpty();
    }
}
