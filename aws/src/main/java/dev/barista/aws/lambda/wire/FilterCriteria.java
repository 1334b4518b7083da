package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code FilterCriteria}: up to five filters, any of which may match. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FilterCriteria(List<Filter> filters) {

    /** The patterns in order; empty when there are no filters (which is how an update removes them). */
    public List<String> patterns() {
        return filters == null ? List.of() : filters.stream().map(Filter::pattern).toList();
    }

    /** Output: absent when the mapping has no filters. */
    public static FilterCriteria of(List<String> patterns) {
        return patterns.isEmpty() ? null : new FilterCriteria(patterns.stream().map(Filter::new).toList());
    }

    /** {@code Filter}: one EventBridge event pattern, as a string. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Filter(String pattern) {
    }
}
