package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.error.BaristaException;
import java.util.Map;

/** The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_TagResource.html">TagResource</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TagResourceInput(Map<String, String> tags) {

    /** The required member, refused as AWS's validation does when absent. */
    public Map<String, String> required() {
        if (tags == null) {
            throw BaristaException.validation("1 validation error detected: Value null at 'tags' failed to satisfy"
                    + " constraint: Member must not be null");
        }
        return tags;
    }
}
