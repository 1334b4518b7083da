package dev.barista.server;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.server.cost.CostEndpoint;
import io.helidon.http.Header;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns every request on the single port into the neutral {@link HttpRequest} of the AWS layer, except Barista's
 * own paths under {@code /_barista/} (health, Prometheus metrics, code packages, the cost report). Thread-safe; runs on Helidon's
 * virtual threads.
 */
final class HttpFrontDoor {
    static final String HEALTH_PATH = "/_barista/health";
    static final String METRICS_PATH = "/_barista/metrics";
    static final String CODE_PATH = dev.barista.aws.lambda.CodeLocations.PATH_PREFIX;
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    private static final byte[] NOT_READY =
            "{\"Type\":\"Service\",\"message\":\"Barista is starting.\"}".getBytes(StandardCharsets.UTF_8);

    private final Function<String, Optional<Path>> codePackages;
    private final CostEndpoint cost;
    private volatile AwsGateway gateway;
    private volatile Supplier<String> prometheus;

    /**
     * @param codePackages finds the stored zip named by the last segment of a code location URL
     * @param cost answers {@value CostEndpoint#PATH}
     */
    HttpFrontDoor(Function<String, Optional<Path>> codePackages, CostEndpoint cost) {
        this.codePackages = codePackages;
        this.cost = cost;
    }

    /** Starts answering {@code GET /_barista/metrics} with the text the scrape gives. */
    void openMetrics(Supplier<String> scrape) {
        this.prometheus = scrape;
    }

    /** Starts passing AWS requests to the gateway; until then they are answered 503. */
    void open(AwsGateway openedGateway) {
        this.gateway = openedGateway;
    }

    void handle(ServerRequest request, ServerResponse response) {
        String path = request.prologue().uriPath().rawPath();
        if (path.equals(CostEndpoint.PATH)) {
            CostEndpoint.Answer answer = cost.handle(request.prologue().method().text(),
                    request.prologue().query().rawValue());
            response.status(answer.status());
            response.header("Content-Type", "application/json");
            response.send(answer.body());
            return;
        }
        if (path.startsWith("/_barista/")) {
            barista(path, response);
            return;
        }
        AwsGateway current = gateway;
        if (current == null) {
            response.status(503);
            response.header("X-Amzn-ErrorType", "ServiceUnavailableException");
            response.send(NOT_READY);
            return;
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (Header header : request.headers()) {
            for (String value : header.allValues()) {
                headers.add(header.name(), value);
            }
        }
        byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : null;
        String query = request.prologue().query().rawValue();
        HttpResponse answer = current.handle(new HttpRequest(request.prologue().method().text(), path, query,
                headers.build(), body));
        response.status(answer.status());
        answer.headers().forEach(response::header);
        response.send(answer.body());
    }

    private void barista(String path, ServerResponse response) {
        if (path.equals(HEALTH_PATH)) {
            response.header("Content-Type", "application/json");
            response.send(HEALTHY);
            return;
        }
        Supplier<String> scrape = prometheus;
        if (path.equals(METRICS_PATH) && scrape != null) {
            response.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            response.send(scrape.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith(CODE_PATH)) {
            Optional<Path> zip = codePackages.apply(path.substring(CODE_PATH.length()));
            if (zip.isPresent()) {
                response.header("Content-Type", "application/zip");
                try {
                    response.send(Files.readAllBytes(zip.get()));
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
                return;
            }
        }
        response.status(404);
        response.header("Content-Type", "application/json");
        response.send("{\"message\":\"Not found\"}".getBytes(StandardCharsets.UTF_8));
    }
}
