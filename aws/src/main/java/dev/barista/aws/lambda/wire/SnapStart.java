package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.SnapStartApplyOn;

/**
 * {@code SnapStart} in requests and {@code SnapStartResponse}. Barista never takes snapshots, so
 * {@code OptimizationStatus} is always {@code Off}.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record SnapStart(String applyOn, String optimizationStatus) {

    /** The {@code ApplyOn} of a request; a SnapStart without one is {@code None}. */
    static String applyOnOf(SnapStart snapStart) {
        if (snapStart == null) {
            return null;
        }
        return snapStart.applyOn() == null ? SnapStartApplyOn.NONE.wireName() : snapStart.applyOn();
    }

    static SnapStart of(SnapStartApplyOn applyOn) {
        return new SnapStart(applyOn.wireName(), "Off");
    }
}
