package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand;

/**
 * {@code DestinationConfig}: where records of asynchronous invocations go. Lambda answers both members, an unset
 * one as {@code {}}.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DestinationConfig(Target onSuccess, Target onFailure) {

    static DestinationConfig of(EventInvokeConfig config) {
        return new DestinationConfig(new Target(config.onSuccess()), new Target(config.onFailure()));
    }

    EventInvokeConfigCommand.DestinationConfig toCommand() {
        return new EventInvokeConfigCommand.DestinationConfig(onSuccess == null ? null : onSuccess.destination(),
                onFailure == null ? null : onFailure.destination());
    }

    /** {@code OnSuccess} and {@code OnFailure}: a destination ARN, or none. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record Target(String destination) {
    }
}
