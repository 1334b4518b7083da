package dev.barista.aws.protocol.restjson;

import dev.barista.aws.http.QueryParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routes of one restJson service, most specific first, so that {@code ...?List=ALL} is tried before the same
 * path without the query. Matching is a scan of plain string comparisons: no regular expressions per request.
 */
final class ServiceRoutes {
    private final RestJsonService service;
    private final List<RestJsonRoute> routes;
    private final Map<String, List<RestJsonRoute>> routesByMethod = new HashMap<>();

    ServiceRoutes(RestJsonService service) {
        this.service = service;
        List<RestJsonRoute> sorted = new ArrayList<>(service.routes());
        sorted.sort(Comparator.comparingInt((RestJsonRoute route) -> route.path().specificity()).reversed());
        this.routes = List.copyOf(sorted);
        for (RestJsonRoute route : routes) {
            routesByMethod.computeIfAbsent(route.method(), ignored -> new ArrayList<>()).add(route);
        }
    }

    RestJsonService service() {
        return service;
    }

    Set<String> firstSegments() {
        Set<String> segments = new TreeSet<>();
        for (RestJsonRoute route : routes) {
            segments.add(route.path().firstSegment());
        }
        return segments;
    }

    /** The route for a method and path, or null when none matches. */
    Match find(String method, List<String> rawSegments, QueryParameters query) {
        for (RestJsonRoute route : routesByMethod.getOrDefault(method, List.of())) {
            Map<String, String> labels = route.path().match(rawSegments, query);
            if (labels != null) {
                return new Match(route, labels);
            }
        }
        return null;
    }

    record Match(RestJsonRoute route, Map<String, String> labels) {
    }
}
