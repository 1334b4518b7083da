package dev.barista.server.cost;

import dev.barista.aws.http.QueryParameters;
import dev.barista.core.cost.CostService;
import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /_barista/cost[?from=...&to=...]}: the cost report as JSON ({@link CostReportDocument}). Without
 * parameters, this calendar month (UTC) so far; {@code from} and {@code to} take a date or an ISO-8601 instant
 * ({@link PeriodBound}). A bad parameter answers 400, another method 405, both with {@code {"message": ...}}.
 * Thread-safe.
 */
public final class CostEndpoint {
    public static final String PATH = "/_barista/cost";

    private final CostService costs;

    public CostEndpoint(CostService costs) {
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    /** An HTTP answer: status and JSON body. */
    public record Answer(int status, byte[] body) {
    }

    public Answer handle(String method, String rawQuery) {
        if (!"GET".equals(method)) {
            return error(405, "Use GET for " + PATH + ".");
        }
        QueryParameters query = QueryParameters.parse(rawQuery);
        try {
            return new Answer(200, CostJson.write(CostReportDocument.of(costs.report(
                    PeriodBound.from(query.first("from")), PeriodBound.to(query.first("to"))))));
        } catch (IllegalArgumentException | BaristaException invalid) {
            return error(400, invalid.getMessage());
        }
    }

    private static Answer error(int status, String message) {
        return new Answer(status, CostJson.write(Map.of("message", message)));
    }
}
