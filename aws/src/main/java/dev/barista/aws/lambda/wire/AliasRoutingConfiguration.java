package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** {@code AliasRoutingConfiguration}: version to the share of traffic it receives instead of the alias's version. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AliasRoutingConfiguration(Map<String, Double> additionalVersionWeights) {
}
