package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AliasCommand;
import java.util.Map;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html">CreateAlias</a> and
 * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html">UpdateAlias</a>. A
 * {@code RoutingConfig} without weights removes the routing; no {@code RoutingConfig} keeps it (on update).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AliasInput(String name, String functionVersion, String description,
                         AliasRoutingConfiguration routingConfig, String revisionId) {

    /** CreateAlias: the alias is named in the body. */
    public AliasCommand toCreateCommand(String functionName) {
        return toCommand(functionName, name);
    }

    /** UpdateAlias: the alias is named in the path. */
    public AliasCommand toCommand(String functionName, String aliasName) {
        return new AliasCommand(functionName, aliasName, functionVersion, description, weights(), revisionId);
    }

    private Map<String, Double> weights() {
        if (routingConfig == null) {
            return null;
        }
        return routingConfig.additionalVersionWeights() == null ? Map.of() : routingConfig.additionalVersionWeights();
    }
}
