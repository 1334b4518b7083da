package dev.barista.server.cost;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code barista cost}: asks a running server for its cost report ({@code GET /_barista/cost}) and prints it, or
 * its JSON. The server answers because it holds the usage not yet flushed, the price table it was configured
 * with, and the only writer of the database (see docs/adr/0007-metering-and-cost-report.md).
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "What the workload a running Barista metered would cost on AWS Lambda, and on EC2 instead.")
public final class CostCommand implements Callable<Integer> {
    @Option(names = "--endpoint", defaultValue = "http://localhost:4566",
            description = "the running server (default ${DEFAULT-VALUE})")
    String endpoint;
    @Option(names = "--from", description = "start: a date (2026-11-01, UTC) or an ISO-8601 instant"
            + " (default the start of the month of --to)")
    String from;
    @Option(names = "--to", description = "end: a date (included) or an instant (excluded) (default now)")
    String to;
    @Option(names = "--json", description = "print the server's JSON instead of the report")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        URI uri = URI.create(endpoint.replaceAll("/+$", "") + CostEndpoint.PATH + query());
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException refused) {
            err.println("barista cost: nothing answers at " + endpoint + "; is the server running"
                    + " (./barista server)? Use --endpoint for another address.");
            return 1;
        }
        if (response.statusCode() != 200) {
            err.println("barista cost: " + uri + " answered " + response.statusCode() + ": "
                    + CostJson.message(response.body()));
            return 1;
        }
        CostReportDocument report = CostJson.read(response.body());
        out.print(json ? CostJson.writePretty(report) + System.lineSeparator() : CostReportText.render(report));
        out.flush();
        return 0;
    }

    private String query() {
        List<String> parameters = new ArrayList<>();
        if (from != null) {
            parameters.add("from=" + URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        if (to != null) {
            parameters.add("to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}
