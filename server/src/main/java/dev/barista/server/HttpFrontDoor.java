package dev.barista.server;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.server.cost.CostEndpoint;
import dev.barista.http.HeaderField;
import dev.barista.http.RequestHead;
import dev.barista.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns every request on the single port into the neutral {@link HttpRequest} of the AWS layer, except Barista's
 * own paths under {@code /_barista/} (health, Prometheus metrics, code packages, the cost report). Thread-safe; runs on
 * the connection threads of the {@link dev.barista.http.BlockingHttpServer}.
 */
final class HttpFrontDoor {
    static final String HEALTH_PATH = "/_barista/health";
    static final String METRICS_PATH = "/_barista/metrics";
    static final String CODE_PATH = dev.barista.aws.lambda.CodeLocations.PATH_PREFIX;
    private static final List<HeaderField> JSON = List.of(new HeaderField("Content-Type", "application/json"));
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

    Response handle(RequestHead request, byte[] body) {
        String path = request.path();
        if (path.equals(CostEndpoint.PATH)) {
            CostEndpoint.Answer answer = cost.handle(request.method(), request.query());
            return new Response(answer.status(), JSON, answer.body());
        }
        if (path.startsWith("/_barista/")) {
            return barista(path);
        }
        AwsGateway current = gateway;
        if (current == null) {
            return new Response(503, List.of(new HeaderField("X-Amzn-ErrorType", "ServiceUnavailableException")),
                    NOT_READY);
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (HeaderField field : request.fields()) {
            headers.add(field.name(), field.value());
        }
        HttpResponse answer = current.handle(new HttpRequest(request.method(), path, request.query(),
                headers.build(), body));
        List<HeaderField> answerHeaders = new ArrayList<>();
        answer.headers().forEach((name, value) -> answerHeaders.add(new HeaderField(name, value)));
        return new Response(answer.status(), answerHeaders, answer.body());
    }

    private Response barista(String path) {
        if (path.equals(HEALTH_PATH)) {
            return new Response(200, JSON, HEALTHY);
        }
        Supplier<String> scrape = prometheus;
        if (path.equals(METRICS_PATH) && scrape != null) {
            return new Response(200, List.of(new HeaderField("Content-Type", "text/plain; version=0.0.4; charset=utf-8")),
                    scrape.get().getBytes(StandardCharsets.UTF_8));
        }
        if (path.startsWith(CODE_PATH)) {
            Optional<Path> zip = codePackages.apply(path.substring(CODE_PATH.length()));
            if (zip.isPresent()) {
                try {
                    return new Response(200, List.of(new HeaderField("Content-Type", "application/zip")),
                            Files.readAllBytes(zip.get()));
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }
        }
        return new Response(404, JSON, "{\"message\":\"Not found\"}".getBytes(StandardCharsets.UTF_8));
    }
}
