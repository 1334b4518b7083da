package dev.barista.aws.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Immutable header fields of a request or response. Names compare case-insensitively (RFC 9110) and keep the
 * spelling they were first added with; a name may carry several values, in the order they were added. Iteration
 * is in case-insensitive name order. Thread-safe.
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final TreeMap<String, List<String>> fields;

    private HttpHeaders(TreeMap<String, List<String>> fields) {
        this.fields = fields;
    }

    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** Headers from alternating names and values: {@code of("Content-Type", "application/json")}. */
    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Builder builder = builder();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            builder.add(namesAndValues[index], namesAndValues[index + 1]);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The first value of a header, or null when it is absent. */
    public String first(String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a header, empty when it is absent. */
    public List<String> all(String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    public boolean contains(String name) {
        return fields.containsKey(name);
    }

    /** Names as first spelled, in case-insensitive order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Calls {@code action} once per value, with the name as first spelled. */
    public void forEach(BiConsumer<String, String> action) {
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            for (String value : field.getValue()) {
                action.accept(field.getKey(), value);
            }
        }
    }

    /** A builder holding these headers, to add to or replace some of them. */
    public Builder toBuilder() {
        Builder builder = builder();
        forEach(builder::add);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders headers && fields.equals(headers.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** Collects header fields; not thread-safe. */
    public static final class Builder {
        private TreeMap<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** Adds a value, keeping the values the header has already. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            fields.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(value);
            return this;
        }

        public boolean contains(String name) {
            return fields.containsKey(name);
        }

        /** Replaces every value of a header with one value. */
        public Builder set(String name, String value) {
            fields.remove(name);
            return add(name, value);
        }

        public HttpHeaders build() {
            if (fields.isEmpty()) {
                return EMPTY;
            }
            HttpHeaders headers = new HttpHeaders(fields);
            fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            return headers;
        }
    }
}
