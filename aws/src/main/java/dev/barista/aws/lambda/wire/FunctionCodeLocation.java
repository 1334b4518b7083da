package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code FunctionCodeLocation}: where GetFunction's caller downloads the deployment package. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FunctionCodeLocation(String repositoryType, String location) {
}
