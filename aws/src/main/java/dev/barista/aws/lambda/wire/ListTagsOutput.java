package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListTags.html">ListTags</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListTagsOutput(Map<String, String> tags) {
}
