package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code FunctionCode} of CreateFunction. Only {@code ZipFile} is supported; the other sources are kept so that
 * core refuses them by name instead of ignoring them.
 *
 * @param zipFile the zip, sent base64 and decoded by the binding
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FunctionCode(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion, String imageUri) {
    static final FunctionCode NONE = new FunctionCode(null, null, null, null, null);
}
