package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.ExternalServer;
import dev.barista.it.support.Json;
import dev.barista.server.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Every invocation is metered as its REPORT line bills it, {@code GET /_barista/cost} reports it, the report
 * survives a restart and a {@code kill -9} after it was reported, and {@code barista cost} prints it.
 */
class CostIT {
    private static final Pattern BILLED = Pattern.compile("\tBilled Duration: (\\d+) ms\t");

    private Path dataDirectory;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void createDataDirectory() throws IOException {
        dataDirectory = Files.createTempDirectory("barista-it-cost");
    }

    @AfterEach
    void deleteDataDirectory() throws IOException {
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    @Test
    void theCostEndpointReportsWhatTheReportLinesBilledAndKeepsItOverARestart() throws Exception {
        String x86 = Barista.uniqueName("cost-x86");
        String arm = Barista.uniqueName("cost-arm");
        long x86Billed = 0;
        long armBilled;
        JsonNode before;
        try (Barista barista = Barista.start(dataDirectory)) {
            barista.createPython(x86, request -> request.memorySize(256));
            barista.createPython(arm, request -> request.memorySize(512).architectures(Architecture.ARM64));
            for (int invocation = 0; invocation < 3; invocation++) {
                x86Billed += billedMilliseconds(barista, x86);
            }
            armBilled = billedMilliseconds(barista, arm);

            before = cost(barista.endpointUrl());
            assertThat(before.at("/usage/requests").asLong()).isEqualTo(4);
            assertThat(before.at("/usage/billedMilliseconds").asLong()).isEqualTo(x86Billed + armBilled);
            assertThat(before.at("/usage/gigabyteSeconds").decimalValue())
                    .isEqualByComparingTo(gigabyteSeconds(x86Billed, 256).add(gigabyteSeconds(armBilled, 512)));
            assertThat(before.at("/usage/peakConcurrentMegabytes").asLong()).as("one invocation at a time")
                    .isEqualTo(512);
            JsonNode x86Line = function(before, x86);
            assertThat(x86Line.get("memorySizeMegabytes").asInt()).isEqualTo(256);
            assertThat(x86Line.get("architecture").asText()).isEqualTo("x86_64");
            assertThat(x86Line.get("requests").asLong()).isEqualTo(3);
            assertThat(x86Line.get("billedMilliseconds").asLong()).isEqualTo(x86Billed);
            assertThat(function(before, arm).get("architecture").asText()).isEqualTo("arm64");
            assertThat(before.at("/lambda/period/asDeclared/withoutFreeTier/requests").decimalValue())
                    .isEqualByComparingTo("0.0000008");
            assertThat(before.at("/lambda/period/asDeclared/withFreeTier/total").decimalValue())
                    .isEqualByComparingTo("0");
            assertThat(before.at("/ec2/requiredMemoryMegabytes").asLong()).isEqualTo(512);
        }

        try (Barista restarted = Barista.start(dataDirectory)) {
            JsonNode after = cost(restarted.endpointUrl());

            assertThat(after.get("usage")).isEqualTo(before.get("usage"));
            assertThat(after.get("functions")).isEqualTo(before.get("functions"));
        }
    }

    @Test
    void usageThatWasReportedSurvivesKillDashNine() throws Exception {
        String name = Barista.uniqueName("cost-killed");
        long billed;
        try (ExternalServer server = ExternalServer.start(dataDirectory);
             Barista client = Barista.connect(server.endpointUrl())) {
            client.createPython(name);
            billed = billedMilliseconds(client, name);
            assertThat(cost(server.endpointUrl()).at("/usage/requests").asLong()).isEqualTo(1);
            server.kill();
        }

        try (Barista restarted = Barista.start(dataDirectory)) {
            JsonNode report = cost(restarted.endpointUrl());

            assertThat(report.at("/usage/requests").asLong()).isEqualTo(1);
            assertThat(report.at("/usage/billedMilliseconds").asLong()).isEqualTo(billed);
        }
    }

    @Test
    void theCostCommandPrintsTheRunningServersReport() throws Exception {
        String name = Barista.uniqueName("cost-cli");
        try (Barista barista = Barista.start(dataDirectory)) {
            barista.createPython(name, request -> request.memorySize(1_024));
            billedMilliseconds(barista, name);
            billedMilliseconds(barista, name);

            StringWriter text = new StringWriter();
            int textExit = command(text, "cost", "--endpoint", barista.endpointUrl(), "--from", started.toString());
            StringWriter json = new StringWriter();
            int jsonExit = command(json, "cost", "--endpoint", barista.endpointUrl(), "--from", started.toString(),
                    "--json");

            assertThat(textExit).isZero();
            assertThat(text.toString()).contains("2 requests").contains(name + " (1024 MB, x86_64)")
                    .contains("Assumptions").contains("retrieved 2026-11-22").contains("a month is 730 hours");
            assertThat(jsonExit).isZero();
            JsonNode report = Json.parse(json.toString());
            assertThat(report.at("/usage/requests").asLong()).isEqualTo(2);
            assertThat(report.get("from").asText()).isEqualTo(started.toString());
        }
    }

    private static long billedMilliseconds(Barista barista, String function) {
        InvokeResponse response = barista.invoke(request -> request.functionName(function).logType(LogType.TAIL)
                .payload(Json.bytes(Map.of())));
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        Matcher billed = BILLED.matcher(log);
        assertThat(billed.find()).as(log).isTrue();
        return Long.parseLong(billed.group(1));
    }

    private JsonNode cost(String endpointUrl) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpointUrl
                    + "/_barista/cost?from=" + started)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            return Json.parse(response.body());
        }
    }

    private static JsonNode function(JsonNode report, String name) {
        for (JsonNode function : report.get("functions")) {
            if (function.get("functionName").asText().equals(name)) {
                return function;
            }
        }
        throw new AssertionError(name + " is not in " + report.get("functions"));
    }

    private static BigDecimal gigabyteSeconds(long billedMilliseconds, int memory) {
        return BigDecimal.valueOf(billedMilliseconds * memory).divide(BigDecimal.valueOf(1_024_000));
    }

    private static int command(StringWriter out, String... arguments) {
        return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute(arguments);
    }
}
