package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.awsjson.AwsJsonService;
import dev.barista.aws.protocol.awsjson.AwsJsonVersion;
import dev.barista.core.error.ErrorCode;
import java.util.Map;

/** CloudWatch in awsJson 1.0: {@code X-Amz-Target: GraniteServiceVersion20100801.<operation>}, query-compatible. */
final class CloudWatchJsonService implements AwsJsonService, QueryCompatible {
    private final Map<String, AwsJsonOperation<?>> operations;

    CloudWatchJsonService(Map<String, AwsJsonOperation<?>> operations) {
        this.operations = operations;
    }

    @Override
    public String name() {
        return "CloudWatch";
    }

    @Override
    public String targetPrefix() {
        return CloudWatch.TARGET_PREFIX;
    }

    @Override
    public AwsJsonVersion version() {
        return AwsJsonVersion.V1_0;
    }

    @Override
    public Map<String, AwsJsonOperation<?>> operations() {
        return operations;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return CloudWatchErrors.errorFor(code);
    }

    @Override
    public String errorShapeId(AwsError error) {
        return CloudWatchErrors.shapeId(error);
    }
}
