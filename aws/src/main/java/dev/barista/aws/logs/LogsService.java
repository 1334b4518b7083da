package dev.barista.aws.logs;

import dev.barista.aws.logs.wire.CreateLogGroupInput;
import dev.barista.aws.logs.wire.DescribeLogGroupsInput;
import dev.barista.aws.logs.wire.DescribeLogStreamsInput;
import dev.barista.aws.logs.wire.FilterLogEventsInput;
import dev.barista.aws.logs.wire.GetLogEventsInput;
import dev.barista.aws.logs.wire.LogGroupNameInput;
import dev.barista.aws.logs.wire.LogStreamInput;
import dev.barista.aws.logs.wire.PutLogEventsInput;
import dev.barista.aws.logs.wire.PutRetentionPolicyInput;
import dev.barista.aws.logs.wire.ResourceArnInput;
import dev.barista.aws.logs.wire.TagLogGroupInput;
import dev.barista.aws.logs.wire.TagResourceInput;
import dev.barista.aws.logs.wire.UntagLogGroupInput;
import dev.barista.aws.logs.wire.UntagResourceInput;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.awsjson.AwsJsonOperation;
import dev.barista.aws.protocol.awsjson.AwsJsonService;
import dev.barista.aws.protocol.awsjson.AwsJsonVersion;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.logs.LogService;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * CloudWatch Logs (awsJson 1.1, {@code X-Amz-Target: Logs_20140328.<Operation>}) on core's {@link LogService}: every
 * {@link LogsOperation} is bound; an implemented one runs its thin method, any other answers 501
 * {@code NotImplemented} with the operation's name. Register it with
 * {@link dev.barista.aws.AwsGateway.Builder#awsJson}. Thread-safe.
 */
public final class LogsService implements AwsJsonService {
    private final Map<String, AwsJsonOperation<?>> operations;

    /**
     * @throws IllegalStateException when an operation's declared support and its binding disagree
     */
    public LogsService(LogService logs) {
        Map<LogsOperation, AwsJsonOperation<?>> implemented = implementations(logs);
        Map<String, AwsJsonOperation<?>> bound = new HashMap<>();
        for (LogsOperation operation : LogsOperation.values()) {
            AwsJsonOperation<?> handler = implemented.get(operation);
            if ((handler != null) != (operation.support() == Support.IMPLEMENTED)) {
                throw new IllegalStateException(operation.operationName() + " is declared " + operation.support()
                        + " but is " + (handler == null ? "not bound" : "bound"));
            }
            bound.put(operation.operationName(), handler == null ? notImplemented(operation) : handler);
        }
        this.operations = Map.copyOf(bound);
    }

    @Override
    public String name() {
        return "CloudWatch Logs";
    }

    @Override
    public String targetPrefix() {
        return "Logs_20140328";
    }

    @Override
    public AwsJsonVersion version() {
        return AwsJsonVersion.V1_1;
    }

    @Override
    public Map<String, AwsJsonOperation<?>> operations() {
        return operations;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return LogsErrors.errorFor(code);
    }

    private static Map<LogsOperation, AwsJsonOperation<?>> implementations(LogService logs) {
        LogGroupOperations groups = new LogGroupOperations(logs);
        LogStreamOperations streams = new LogStreamOperations(logs);
        LogEventOperations events = new LogEventOperations(logs);
        LogTagOperations tags = new LogTagOperations(logs);
        Map<LogsOperation, AwsJsonOperation<?>> operations = new EnumMap<>(LogsOperation.class);
        operations.put(LogsOperation.CREATE_LOG_GROUP, of(CreateLogGroupInput.class, groups::createLogGroup));
        operations.put(LogsOperation.DELETE_LOG_GROUP, of(LogGroupNameInput.class, groups::deleteLogGroup));
        operations.put(LogsOperation.DESCRIBE_LOG_GROUPS, of(DescribeLogGroupsInput.class, groups::describeLogGroups));
        operations.put(LogsOperation.PUT_RETENTION_POLICY,
                of(PutRetentionPolicyInput.class, groups::putRetentionPolicy));
        operations.put(LogsOperation.DELETE_RETENTION_POLICY,
                of(LogGroupNameInput.class, groups::deleteRetentionPolicy));
        operations.put(LogsOperation.CREATE_LOG_STREAM, of(LogStreamInput.class, streams::createLogStream));
        operations.put(LogsOperation.DELETE_LOG_STREAM, of(LogStreamInput.class, streams::deleteLogStream));
        operations.put(LogsOperation.DESCRIBE_LOG_STREAMS,
                of(DescribeLogStreamsInput.class, streams::describeLogStreams));
        operations.put(LogsOperation.PUT_LOG_EVENTS, of(PutLogEventsInput.class, events::putLogEvents));
        operations.put(LogsOperation.GET_LOG_EVENTS, of(GetLogEventsInput.class, events::getLogEvents));
        operations.put(LogsOperation.FILTER_LOG_EVENTS, of(FilterLogEventsInput.class, events::filterLogEvents));
        operations.put(LogsOperation.TAG_LOG_GROUP, of(TagLogGroupInput.class, tags::tagLogGroup));
        operations.put(LogsOperation.UNTAG_LOG_GROUP, of(UntagLogGroupInput.class, tags::untagLogGroup));
        operations.put(LogsOperation.LIST_TAGS_LOG_GROUP, of(LogGroupNameInput.class, tags::listTagsLogGroup));
        operations.put(LogsOperation.TAG_RESOURCE, of(TagResourceInput.class, tags::tagResource));
        operations.put(LogsOperation.UNTAG_RESOURCE, of(UntagResourceInput.class, tags::untagResource));
        operations.put(LogsOperation.LIST_TAGS_FOR_RESOURCE,
                of(ResourceArnInput.class, tags::listTagsForResource));
        return operations;
    }

    private static <I> AwsJsonOperation<I> of(Class<I> input, Function<I, ?> method) {
        return AwsJsonOperation.of(input, (body, context) -> method.apply(body));
    }

    private static AwsJsonOperation<Object> notImplemented(LogsOperation operation) {
        return AwsJsonOperation.of(Object.class, (body, context) -> {
            throw new BaristaException(ErrorCode.UNSUPPORTED_OPERATION, "Barista does not support the CloudWatch Logs"
                    + " operation " + operation.operationName() + " yet.");
        });
    }
}
