package dev.barista.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relay floor end to end: real echo processes (python3; C when cc is there) answer through the relay. */
class RelayFloorTest {
    @Test
    void pythonEchoProcessesAnswerEveryRequestWithItsBody() throws Exception {
        try (RelayFloor relay = new RelayFloor(); EchoProcesses echoes = EchoProcesses.python("python3", relay, 2)) {
            exchange(relay);
            assertThat(echoes.alive()).isEqualTo(2);
        }
    }

    @Test
    void cEchoProcessesAnswerEveryRequestWithItsBody() throws Exception {
        try (RelayFloor relay = new RelayFloor()) {
            Optional<EchoProcesses> echoes = EchoProcesses.c(relay, 2);
            org.junit.jupiter.api.Assumptions.assumeTrue(echoes.isPresent(), "cc is not available");
            try (EchoProcesses processes = echoes.get()) {
                exchange(relay);
                assertThat(processes.alive()).isEqualTo(2);
            }
        }
    }

    /** Two connections (each takes one environment), three requests each, bodies of different lengths. */
    private static void exchange(RelayFloor relay) throws Exception {
        try (HttpConnection first = new HttpConnection(relay.clientAddress());
             HttpConnection second = new HttpConnection(relay.clientAddress())) {
            for (String body : List.of("{}", "{\"n\":12345}", "[" + "1,".repeat(500) + "1]")) {
                for (HttpConnection connection : List.of(first, second)) {
                    HttpConnection.Response response = connection.exchangeFull(
                            LambdaClient.invokeRequest(relay.clientAddress(), "floor", body, false));
                    assertThat(response.status()).isEqualTo(200);
                    assertThat(response.bodyText()).isEqualTo(body);
                }
            }
        }
    }
}
