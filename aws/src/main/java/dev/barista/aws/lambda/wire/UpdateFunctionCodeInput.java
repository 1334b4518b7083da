package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.UpdateFunctionCodeCommand;
import java.util.List;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html">
 * UpdateFunctionCode</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record UpdateFunctionCodeInput(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion,
                                      String imageUri, Boolean publish, Boolean dryRun, String revisionId,
                                      List<String> architectures) {

    /** @param functionName the function named in the path */
    public UpdateFunctionCodeCommand toCommand(String functionName) {
        return new UpdateFunctionCodeCommand(functionName, zipFile, s3Bucket, s3Key, imageUri, architectures,
                Boolean.TRUE.equals(publish), Boolean.TRUE.equals(dryRun), revisionId);
    }
}
