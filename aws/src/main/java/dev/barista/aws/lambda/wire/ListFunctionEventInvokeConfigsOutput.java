package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.Page;
import java.util.List;

/**
 * The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctionEventInvokeConfigs.html">
 * ListFunctionEventInvokeConfigs</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListFunctionEventInvokeConfigsOutput(List<FunctionEventInvokeConfig> functionEventInvokeConfigs,
                                                   String nextMarker) {

    public static ListFunctionEventInvokeConfigsOutput of(Page<EventInvokeConfig> page, AccountSettings account) {
        return new ListFunctionEventInvokeConfigsOutput(page.items().stream()
                .map(config -> FunctionEventInvokeConfig.of(config, account)).toList(), page.nextMarker());
    }
}
