package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.Alias;
import dev.barista.core.function.Page;
import java.util.List;

/** The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListAliases.html">ListAliases</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListAliasesOutput(List<AliasConfiguration> aliases, String nextMarker) {

    public static ListAliasesOutput of(Page<Alias> page, AccountSettings account) {
        return new ListAliasesOutput(page.items().stream().map(alias -> AliasConfiguration.of(alias, account))
                .toList(), page.nextMarker());
    }
}
