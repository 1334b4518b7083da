package dev.barista.aws.lambda.wire;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of CreateEventSourceMapping and UpdateEventSourceMapping that an SQS mapping in Barista does not
 * take: found in the body as sent, so that core refuses them by name instead of ignoring them. Members the API
 * does not have are ignored, as Lambda ignores them.
 */
public final class EventSourceMappingParameters {
    private static final Set<String> NOT_TAKEN = Set.of("StartingPosition", "StartingPositionTimestamp",
            "ParallelizationFactor", "DestinationConfig", "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError",
            "MaximumRetryAttempts", "TumblingWindowInSeconds", "Topics", "Queues", "SourceAccessConfigurations",
            "SelfManagedEventSource", "AmazonManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig",
            "DocumentDBEventSourceConfig", "KMSKeyArn", "MetricsConfig", "ProvisionedPollerConfig", "Tags");

    private EventSourceMappingParameters() {
    }

    /** The names, in body order, of the members given (not null) that are not taken. */
    public static List<String> notTaken(Map<String, Object> body) {
        return body.entrySet().stream().filter(member -> member.getValue() != null)
                .map(Map.Entry::getKey).filter(NOT_TAKEN::contains).toList();
    }
}
