package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionDetails;
import java.util.Map;

/**
 * The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html">GetFunction</a>;
 * {@code Tags} and {@code Concurrency} are left out when there are none, as Lambda does.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record GetFunctionOutput(FunctionConfigurationOutput configuration, FunctionCodeLocation code,
                                Map<String, String> tags, Concurrency concurrency) {

    /**
     * @param qualified whether the request named a qualifier
     * @param codeUrl where the deployment package can be downloaded
     */
    public static GetFunctionOutput of(FunctionDetails details, AccountSettings account, boolean qualified,
                                       String codeUrl) {
        return new GetFunctionOutput(FunctionConfigurationOutput.of(details.configuration(), account, qualified),
                new FunctionCodeLocation("S3", codeUrl), details.tags().isEmpty() ? null : details.tags(),
                details.reservedConcurrency() == null ? null : new Concurrency(details.reservedConcurrency()));
    }
}
