package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.LogsClients;
import dev.barista.it.support.Packages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** A real function's output and Lambda's platform lines in CloudWatch Logs: while it runs, and after a restart. */
@ExtendWith(BaristaExtension.class)
class FunctionLogsIT {
    private static final String TALKER = """
            import sys, time

            def handler(event, context):
                print("first line " + event["tag"])
                print("to stderr " + event["tag"], file=sys.stderr)
                sys.stdout.flush()
                time.sleep(event.get("seconds", 0))
                print("last line " + event["tag"])
                return "done"
            """;

    @Test
    void outputAppearsInTheFunctionsStreamWhileItRuns(Barista barista) throws Exception {
        String name = Barista.uniqueName("talker");
        barista.create(name, "python3.11", "app.handler", Packages.python(TALKER), request -> request.timeout(30));
        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            CompletableFuture<InvokeResponse> running = CompletableFuture.supplyAsync(() -> barista.invoke(name,
                    Map.of("tag", "slow", "seconds", 3)));

            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(messages(logs, name))
                    .contains("first line slow\n", "to stderr slow\n"));
            assertThat(running).isNotDone();
            assertThat(messages(logs, name)).noneMatch(message -> message.startsWith("last line"));

            assertThat(running.get().statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(messages(logs, name))
                    .anyMatch(message -> message.startsWith("REPORT RequestId: ")));
            List<String> messages = messages(logs, name);
            String requestId = messages.getFirst().substring("START RequestId: ".length()).split(" ")[0];
            assertThat(messages).containsExactly("START RequestId: " + requestId + " Version: $LATEST\n",
                    "first line slow\n", "to stderr slow\n", "last line slow\n", "END RequestId: " + requestId + "\n",
                    messages.getLast());
            assertThat(messages.getLast()).startsWith("REPORT RequestId: " + requestId + "\tDuration: ")
                    .contains("\tInit Duration: ").endsWith("\t\n");
        }
    }

    @Test
    void theGroupAndStreamAreNamedAsLambdaNamesThem(Barista barista) {
        String name = Barista.uniqueName("talker");
        barista.create(name, "python3.11", "app.handler", Packages.python(TALKER));
        barista.invoke(name, Map.of("tag", "named"));
        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> messages(logs, name).size() >= 6);
            List<LogStream> streams = logs.describeLogStreams(request -> request.logGroupName("/aws/lambda/" + name))
                    .logStreams();

            assertThat(streams).hasSize(1);
            assertThat(streams.getFirst().logStreamName()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
            List<OutputLogEvent> events = logs.getLogEvents(request -> request.logGroupName("/aws/lambda/" + name)
                    .logStreamName(streams.getFirst().logStreamName()).startFromHead(true)).events();
            assertThat(events).extracting(OutputLogEvent::message).contains("first line named\n");
        }
    }

    @Test
    void logTypeTailStillReturnsTheInvocationsOwnLog(Barista barista) {
        String name = Barista.uniqueName("talker");
        barista.create(name, "python3.11", "app.handler", Packages.python(TALKER));

        InvokeResponse response = barista.invoke(request -> request.functionName(name).logType(LogType.TAIL)
                .payload(Json.bytes(Map.of("tag", "tail"))));

        String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(tail).startsWith("START RequestId: ").contains("first line tail\nto stderr tail\nlast line tail\n")
                .contains("\nREPORT RequestId: ");
    }

    @Test
    void aJavaLoggerRecordIsOneEventAndAPrintedStackTraceOneEventPerLine(Barista barista) {
        String name = Barista.uniqueName("java-logger");
        barista.create(name, "java21", "dev.barista.it.functions.LoggingHandler::handleRequest",
                Packages.javaFunctions(false));

        barista.invoke(name, Map.of("tag", "java"));

        try (CloudWatchLogsClient logs = LogsClients.client(barista.endpointUrl())) {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(
                    messages(logs, name)).anyMatch(message -> message.startsWith("REPORT ")));
            List<String> messages = messages(logs, name);
            assertThat(messages).contains("record for java\nits second line\n",
                    "java.lang.IllegalStateException: printed for java\n");
            assertThat(messages).anyMatch(message -> message.startsWith("\tat dev.barista.it.functions.LoggingHandler"));
            assertThat(messages.indexOf("record for java\nits second line\n")).isLessThan(
                    messages.indexOf("java.lang.IllegalStateException: printed for java\n"));
        }
    }

    @Test
    void logsSurviveARestart() throws Exception {
        Path dataDirectory = Files.createTempDirectory("barista-it-logs");
        String name = Barista.uniqueName("talker");
        try {
            try (Barista first = Barista.start(dataDirectory)) {
                first.create(name, "python3.11", "app.handler", Packages.python(TALKER));
                first.invoke(name, Map.of("tag", "kept"));
            }
            try (Barista second = Barista.start(dataDirectory);
                 CloudWatchLogsClient logs = LogsClients.client(second.endpointUrl())) {
                List<String> messages = messages(logs, name);
                assertThat(messages).contains("first line kept\n", "last line kept\n");
                assertThat(messages).filteredOn(message -> message.startsWith("REPORT ")).hasSize(1);
            }
        } finally {
            BaristaExtension.deleteRecursively(dataDirectory);
        }
    }

    private static List<String> messages(CloudWatchLogsClient logs, String function) {
        return logs.filterLogEventsPaginator(request -> request.logGroupName("/aws/lambda/" + function)).events()
                .stream().map(FilteredLogEvent::message).toList();
    }
}
