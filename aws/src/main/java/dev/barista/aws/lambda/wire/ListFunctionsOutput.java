package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Page;
import java.util.List;

/** The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html">ListFunctions</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListFunctionsOutput(List<FunctionConfigurationOutput> functions, String nextMarker) {

    /** @param allVersions whether {@code FunctionVersion=ALL} was asked: then {@code $LATEST} ARNs are qualified */
    public static ListFunctionsOutput of(Page<FunctionConfiguration> page, AccountSettings account,
                                         boolean allVersions) {
        return new ListFunctionsOutput(page.items().stream()
                .map(configuration -> FunctionConfigurationOutput.of(configuration, account, allVersions)).toList(),
                page.nextMarker());
    }
}
