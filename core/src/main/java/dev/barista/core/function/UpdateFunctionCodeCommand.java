package dev.barista.core.function;

import java.util.List;

/** UpdateFunctionCode: exactly one code source; {@code publish} also publishes a version. */
public record UpdateFunctionCodeCommand(
        String functionName,
        byte[] zipFile,
        String s3Bucket,
        String s3Key,
        String imageUri,
        List<String> architectures,
        boolean publish,
        boolean dryRun,
        String revisionId) {
}
