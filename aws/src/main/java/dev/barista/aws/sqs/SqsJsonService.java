package dev.barista.aws.sqs;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.awsjson.AwsJsonService;
import dev.barista.aws.protocol.awsjson.AwsJsonVersion;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.queue.QueueService;
import java.util.HashMap;
import java.util.Map;

/**
 * SQS in awsJson 1.0 ({@code X-Amz-Target: AmazonSQS.<operation>}), as today's SDKs speak it. SQS is
 * "awsQueryCompatible": errors carry the awsQuery code in {@code x-amzn-query-error} and a {@code __type} in the
 * {@code com.amazonaws.sqs} namespace. Register it with {@link dev.barista.aws.AwsGateway.Builder#awsJson};
 * {@link SqsQueryService} serves the same operations in awsQuery. Thread-safe.
 */
public final class SqsJsonService implements AwsJsonService, QueryCompatible {
    private final Map<String, AwsJsonOperation<?>> operations = new HashMap<>();

    public SqsJsonService(QueueService queues) {
        SqsBindings.of(queues).forEach((operation, binding) -> operations.put(operation.operationName(),
                binding.json()));
    }

    @Override
    public String name() {
        return "SQS";
    }

    @Override
    public String targetPrefix() {
        return "AmazonSQS";
    }

    @Override
    public AwsJsonVersion version() {
        return AwsJsonVersion.V1_0;
    }

    @Override
    public Map<String, AwsJsonOperation<?>> operations() {
        return operations;
    }

    /** SQS's shapes: {@code com.amazonaws.sqs#QueueDoesNotExist}; an error without a Query code keeps its code. */
    @Override
    public String errorShapeId(AwsError error) {
        return error.queryCode() == null ? error.code() : "com.amazonaws.sqs#" + error.code();
    }

    /** SQS's error table gives each of its errors the Query code beside the JSON one. */
    @Override
    public String queryCode(AwsError error) {
        return error.queryCode();
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return SqsErrors.errorFor(code);
    }
}
