package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code Concurrency}, and the output of PutFunctionConcurrency and GetFunctionConcurrency (which answers
 * {@code {}} when the function has no reservation).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Concurrency(Integer reservedConcurrentExecutions) {
}
