package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.Alias;

/** {@code AliasConfiguration}; {@code RoutingConfig} is left out when the alias does not split traffic. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AliasConfiguration(String aliasArn, String name, String functionVersion, String description,
                                 AliasRoutingConfiguration routingConfig, String revisionId) {

    public static AliasConfiguration of(Alias alias, AccountSettings account) {
        return new AliasConfiguration(account.functionArn(alias.functionName(), alias.name()), alias.name(),
                alias.functionVersion(), alias.description(), alias.additionalVersionWeights().isEmpty() ? null
                : new AliasRoutingConfiguration(alias.additionalVersionWeights()), alias.revisionId());
    }
}
