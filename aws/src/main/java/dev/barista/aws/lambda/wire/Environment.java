package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** {@code Environment} / {@code EnvironmentResponse}: {@code {"Variables":{...}}}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Environment(Map<String, String> variables) {

    /** The variables, or none when the shape came without {@code Variables} (which clears them on update). */
    Map<String, String> variablesOrNone() {
        return variables == null ? Map.of() : variables;
    }
}
