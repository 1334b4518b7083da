package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Page;
import java.util.List;

/**
 * The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListVersionsByFunction.html">
 * ListVersionsByFunction</a>; every ARN is qualified, {@code $LATEST} included.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListVersionsByFunctionOutput(List<FunctionConfigurationOutput> versions, String nextMarker) {

    public static ListVersionsByFunctionOutput of(Page<FunctionConfiguration> page, AccountSettings account) {
        return new ListVersionsByFunctionOutput(page.items().stream()
                .map(configuration -> FunctionConfigurationOutput.of(configuration, account, true)).toList(),
                page.nextMarker());
    }
}
