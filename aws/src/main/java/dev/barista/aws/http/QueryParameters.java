package dev.barista.aws.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoded parameters of a query string or of an {@code application/x-www-form-urlencoded} body, in the order they
 * were sent. A name may repeat ({@code tagKeys=a&tagKeys=b}); a name without {@code =} has the empty value.
 * Immutable and thread-safe.
 */
public final class QueryParameters {
    private static final QueryParameters EMPTY = new QueryParameters(Map.of());

    private final Map<String, List<String>> parameters;

    private QueryParameters(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static QueryParameters empty() {
        return EMPTY;
    }

    /** Parses {@code a=1&b=2}; {@code +} stands for a space, as in HTML forms. */
    public static QueryParameters parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start) {
                int equals = raw.indexOf('=', start);
                boolean hasValue = equals >= 0 && equals < end;
                String name = PercentEncoding.decode(raw.substring(start, hasValue ? equals : end), true);
                String value = hasValue ? PercentEncoding.decode(raw.substring(equals + 1, end), true) : "";
                parameters.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return new QueryParameters(parameters);
    }

    /** The first value of a parameter, or null when it is absent. */
    public String first(String name) {
        List<String> values = parameters.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a parameter, in order; empty when it is absent. */
    public List<String> all(String name) {
        List<String> values = parameters.get(name);
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    public boolean contains(String name) {
        return parameters.containsKey(name);
    }

    /** Every parameter name with its values, in the order sent. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(parameters);
    }
}
