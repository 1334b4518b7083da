package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.function.AccountSettings;
import java.math.BigDecimal;

/**
 * {@code FunctionEventInvokeConfig}, as the event invoke configuration operations answer it. Limits that were not
 * set are left out.
 *
 * @param lastModified epoch seconds with milliseconds ({@code 1573686021.479}), restJson's timestamp format
 * @param functionArn always qualified, {@code $LATEST} included
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FunctionEventInvokeConfig(BigDecimal lastModified, String functionArn, Integer maximumRetryAttempts,
                                        Integer maximumEventAgeInSeconds, DestinationConfig destinationConfig) {

    public static FunctionEventInvokeConfig of(EventInvokeConfig config, AccountSettings account) {
        return new FunctionEventInvokeConfig(BigDecimal.valueOf(config.lastModified().toEpochMilli(), 3),
                account.functionArn(config.functionName(), config.qualifier()), config.maximumRetryAttempts(),
                config.maximumEventAgeInSeconds(), DestinationConfig.of(config));
    }
}
