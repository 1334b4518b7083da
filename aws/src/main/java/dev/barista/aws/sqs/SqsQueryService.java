package dev.barista.aws.sqs;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.query.AwsQueryOperation;
import dev.barista.aws.protocol.query.AwsQueryService;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.queue.QueueService;
import java.util.HashMap;
import java.util.Map;

/**
 * SQS in awsQuery (form parameters, XML answers in {@code http://queue.amazonaws.com/doc/2012-11-05/}), as the AWS
 * CLI v1 and the SDK for Java v1 speak it; they post to the queue URL and leave {@code QueueUrl} out. The same
 * operations and error table as {@link SqsJsonService}. Register it with
 * {@link dev.barista.aws.AwsGateway.Builder#awsQuery}. Thread-safe.
 */
public final class SqsQueryService implements AwsQueryService {
    private final Map<String, AwsQueryOperation> operations = new HashMap<>();

    public SqsQueryService(QueueService queues) {
        SqsBindings.of(queues).forEach((operation, binding) -> operations.put(operation.operationName(),
                binding.query()));
    }

    @Override
    public String name() {
        return "SQS";
    }

    @Override
    public String signingName() {
        return "sqs";
    }

    @Override
    public String xmlNamespace() {
        return "http://queue.amazonaws.com/doc/2012-11-05/";
    }

    @Override
    public Map<String, AwsQueryOperation> operations() {
        return operations;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return SqsErrors.errorFor(code);
    }
}
