package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventsource.EventSourceMapping;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.Page;
import java.util.List;

/**
 * The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListEventSourceMappings.html">
 * ListEventSourceMappings</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListEventSourceMappingsOutput(String nextMarker, List<EventSourceMappingConfiguration> eventSourceMappings) {

    public static ListEventSourceMappingsOutput of(Page<EventSourceMapping> page, AccountSettings account) {
        return new ListEventSourceMappingsOutput(page.nextMarker(), page.items().stream()
                .map(mapping -> EventSourceMappingConfiguration.of(mapping, account)).toList());
    }
}
