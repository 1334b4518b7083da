package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.error.BaristaException;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html">
 * PutFunctionConcurrency</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record PutFunctionConcurrencyInput(Integer reservedConcurrentExecutions) {

    /** The required member, refused as AWS's validation does when absent. */
    public int required() {
        if (reservedConcurrentExecutions == null) {
            throw BaristaException.validation("1 validation error detected: Value null at"
                    + " 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null");
        }
        return reservedConcurrentExecutions;
    }
}
