package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.QueueFacts;
import java.util.List;
import java.util.Set;

/** The checks Lambda makes on an SQS event source mapping's settings, in Lambda's words. */
final class EventSourceMappingRules {
    static final int DEFAULT_BATCH_SIZE = 10;
    static final int MAXIMUM_FILTERS = 5;
    static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";
    private static final int MAXIMUM_PATTERN_LENGTH = 4096;
    private static final Set<String> STREAM_PARAMETERS = Set.of("StartingPosition", "StartingPositionTimestamp",
            "ParallelizationFactor", "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError",
            "MaximumRetryAttempts", "TumblingWindowInSeconds", "DestinationConfig", "Topics", "Queues",
            "SourceAccessConfigurations", "SelfManagedEventSource", "AmazonManagedKafkaEventSourceConfig",
            "SelfManagedKafkaEventSourceConfig", "DocumentDBEventSourceConfig");

    private EventSourceMappingRules() {
    }

    /** The ranges of the API model: BatchSize 1-10,000, window 0-300 s, MaximumConcurrency 2-1,000. */
    static void checkRanges(Integer batchSize, Integer windowSeconds, Integer maximumConcurrency) {
        checkRange(batchSize, "batchSize", 1, 10_000);
        checkRange(windowSeconds, "maximumBatchingWindowInSeconds", 0, 300);
        checkRange(maximumConcurrency, "scalingConfig.maximumConcurrency", 2, 1_000);
    }

    /** What the queue allows: batches over 10 need a batching window, which FIFO queues do not have. */
    static void checkBatching(int batchSize, int windowSeconds, QueueFacts queue) {
        if (batchSize > 10 && windowSeconds < 1) {
            throw BaristaException.invalidParameter("Maximum batch window in seconds must be greater than 0 if"
                    + " maximum batch size is greater than 10");
        }
        if (queue.fifo() && windowSeconds > 0) {
            throw BaristaException.invalidParameter("Batching window is not supported for FIFO queues");
        }
    }

    /** A message must stay invisible while the function handles it. */
    static void checkVisibility(QueueFacts queue, int functionTimeoutSeconds) {
        long visibility = queue.visibilityTimeout().toSeconds();
        if (visibility < functionTimeoutSeconds) {
            throw BaristaException.invalidParameter("Queue visibility timeout: " + visibility
                    + " seconds is less than Function timeout: " + functionTimeoutSeconds + " seconds");
        }
    }

    /** Up to five patterns of up to 4,096 characters each. */
    static void checkFilterPatterns(List<String> patterns) {
        if (patterns.size() > MAXIMUM_FILTERS) {
            throw BaristaException.invalidParameter("The maximum number of filters in FilterCriteria is "
                    + MAXIMUM_FILTERS + ", but " + patterns.size() + " were given.");
        }
        for (int index = 0; index < patterns.size(); index++) {
            String pattern = patterns.get(index);
            if (pattern == null) {
                throw BaristaException.invalidParameter("Invalid filter pattern definition.");
            }
            if (pattern.length() > MAXIMUM_PATTERN_LENGTH) {
                throw BaristaException.validation("1 validation error detected: Value at 'filterCriteria.filters."
                        + (index + 1) + ".member.pattern' failed to satisfy constraint: Member must have length less"
                        + " than or equal to " + MAXIMUM_PATTERN_LENGTH);
            }
        }
    }

    /**
     * {@code FunctionResponseTypes}: empty or {@code [ReportBatchItemFailures]}.
     *
     * @return whether partial batch responses are on
     */
    static boolean reportBatchItemFailures(List<String> functionResponseTypes) {
        for (String type : functionResponseTypes) {
            if (!REPORT_BATCH_ITEM_FAILURES.equals(type)) {
                throw BaristaException.validation("1 validation error detected: Value '" + functionResponseTypes
                        + "' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint:"
                        + " [Member must satisfy enum value set: [" + REPORT_BATCH_ITEM_FAILURES + "]]");
            }
        }
        return !functionResponseTypes.isEmpty();
    }

    /**
     * Stream parameters (StartingPosition, ParallelizationFactor, ...) do not apply to queues, in Lambda's words;
     * the others SQS mappings take in Lambda but Barista does not implement yet are refused as such.
     */
    static void refuseUnsupportedParameters(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String name = names.getFirst();
        if (STREAM_PARAMETERS.contains(name)) {
            throw BaristaException.invalidParameter(name + " is not valid for SQS event sources.");
        }
        throw BaristaException.invalidParameter("Barista does not support " + name + " on event source mappings"
                + " yet.");
    }

    private static void checkRange(Integer value, String member, int minimum, int maximum) {
        if (value == null) {
            return;
        }
        if (value < minimum) {
            throw BaristaException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + minimum);
        }
        if (value > maximum) {
            throw BaristaException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + maximum);
        }
    }
}
