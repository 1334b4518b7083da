package dev.barista.aws.protocol.restjson;

import dev.barista.aws.http.PercentEncoding;
import dev.barista.aws.http.QueryParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request URI from an API model, such as {@code /2015-03-31/functions/{FunctionName}/invocations}, optionally
 * with a required query literal ({@code /2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL})
 * that tells apart two operations on one path. A label matches one non-empty path segment and is percent-decoded,
 * so a function ARN may arrive with {@code :} or {@code %3A}. Immutable.
 */
public final class PathTemplate {
    private final String text;
    private final List<Segment> segments;
    private final String queryName;
    private final String queryValue;

    private PathTemplate(String text, List<Segment> segments, String queryName, String queryValue) {
        this.text = text;
        this.segments = segments;
        this.queryName = queryName;
        this.queryValue = queryValue;
    }

    /** Parses a template; a trailing {@code /} is insignificant. */
    public static PathTemplate parse(String template) {
        int question = template.indexOf('?');
        String path = question < 0 ? template : template.substring(0, question);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: " + template);
        }
        List<Segment> segments = new ArrayList<>();
        for (String segment : RawPath.segments(path)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                segments.add(new Label(segment.substring(1, segment.length() - 1)));
            } else {
                segments.add(new Literal(segment));
            }
        }
        String queryName = null;
        String queryValue = null;
        if (question >= 0) {
            String query = template.substring(question + 1);
            int equals = query.indexOf('=');
            queryName = equals < 0 ? query : query.substring(0, equals);
            queryValue = equals < 0 ? "" : query.substring(equals + 1);
        }
        return new PathTemplate(template, List.copyOf(segments), queryName, queryValue);
    }

    /**
     * Matches a request.
     *
     * @param rawSegments the request path split at {@code /}, still encoded ({@link RawPath#segments})
     * @return the decoded labels by name, or null when the request does not match
     */
    public Map<String, String> match(List<String> rawSegments, QueryParameters query) {
        if (rawSegments.size() != segments.size()
                || queryName != null && !queryValue.equals(query.first(queryName))) {
            return null;
        }
        Map<String, String> labels = null;
        for (int index = 0; index < segments.size(); index++) {
            String raw = rawSegments.get(index);
            switch (segments.get(index)) {
                case Literal literal -> {
                    if (!literal.text().equals(raw)) {
                        return null;
                    }
                }
                case Label label -> {
                    if (raw.isEmpty()) {
                        return null;
                    }
                    if (labels == null) {
                        labels = new HashMap<>(4);
                    }
                    labels.put(label.name(), PercentEncoding.decode(raw, false));
                }
            }
        }
        return labels == null ? Map.of() : labels;
    }

    /** The first path segment, which decides the service that owns the template. */
    public String firstSegment() {
        return segments.isEmpty() ? "" : segments.get(0) instanceof Literal literal ? literal.text() : "";
    }

    /** How specific the template is: a required query and more literal segments win over labels. */
    int specificity() {
        int literals = (int) segments.stream().filter(Literal.class::isInstance).count();
        return literals * 2 + (queryName == null ? 0 : 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate template && text.equals(template.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }

    private sealed interface Segment {
    }

    private record Literal(String text) implements Segment {
    }

    private record Label(String name) implements Segment {
    }
}
