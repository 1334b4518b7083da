package dev.barista.core.function;

import java.util.List;
import java.util.Map;

/**
 * CreateFunction as the caller sent it. Null means "not given" (defaults apply); {@link FunctionService}
 * validates. Fields Barista cannot honour yet ({@code s3Bucket}, {@code imageUri}, {@code layers}) are kept so
 * that the service can refuse them loudly instead of ignoring them.
 *
 * @param deadLetterTargetArn {@code DeadLetterConfig.TargetArn}, or null (or empty) for none
 * @param settings tracing, logging, KMS key, VPC, file systems and SnapStart as sent, or null for none
 */
public record CreateFunctionCommand(
        String functionName,
        String runtime,
        String role,
        String handler,
        String description,
        Integer timeoutSeconds,
        Integer memorySizeMegabytes,
        Integer ephemeralStorageMegabytes,
        Map<String, String> environment,
        List<String> architectures,
        byte[] zipFile,
        String s3Bucket,
        String s3Key,
        String imageUri,
        String packageType,
        List<String> layers,
        boolean publish,
        Map<String, String> tags,
        String deadLetterTargetArn,
        FunctionSettingsChange settings) {

    /** CreateFunction without a {@code DeadLetterConfig}. */
    public CreateFunctionCommand(String functionName, String runtime, String role, String handler, String description,
                                 Integer timeoutSeconds, Integer memorySizeMegabytes,
                                 Integer ephemeralStorageMegabytes, Map<String, String> environment,
                                 List<String> architectures, byte[] zipFile, String s3Bucket, String s3Key,
                                 String imageUri, String packageType, List<String> layers, boolean publish,
                                 Map<String, String> tags) {
        this(functionName, runtime, role, handler, description, timeoutSeconds, memorySizeMegabytes,
                ephemeralStorageMegabytes, environment, architectures, zipFile, s3Bucket, s3Key, imageUri, packageType,
                layers, publish, tags, null, null);
    }
}
