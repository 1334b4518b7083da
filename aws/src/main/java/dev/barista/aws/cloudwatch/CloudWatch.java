package dev.barista.aws.cloudwatch;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.cloudwatch.wire.GetMetricDataInput;
import dev.barista.aws.cloudwatch.wire.GetMetricStatisticsInput;
import dev.barista.aws.cloudwatch.wire.ListMetricsInput;
import dev.barista.aws.cloudwatch.wire.NoInput;
import dev.barista.aws.cloudwatch.wire.PutMetricDataInput;
import dev.barista.aws.protocol.Support;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.metrics.MetricService;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The CloudWatch API on core's {@link MetricService}, in every protocol its clients speak: awsQuery (the AWS SDK for
 * Java v2 2.40.2, older SDKs), awsJson 1.0 (botocore 1.43: boto3 and the AWS CLI) and Smithy RPC v2 CBOR, the
 * latter two query-compatible. Each {@link CloudWatchOperation} is bound in all three; an unimplemented one answers
 * 501 {@code NotImplemented}. Register it with {@link #registerWith}. Thread-safe.
 */
public final class CloudWatch {
    static final String TARGET_PREFIX = "GraniteServiceVersion20100801";
    static final String SIGNING_NAME = "monitoring";
    static final String XML_NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    private final Map<String, CloudWatchBinding<?>> bindings;

    /**
     * @throws IllegalStateException when an operation's declared support and its binding disagree
     */
    public CloudWatch(MetricService metrics) {
        Map<CloudWatchOperation, CloudWatchBinding<?>> implemented = implementations(new CloudWatchOperations(metrics));
        Map<String, CloudWatchBinding<?>> all = new LinkedHashMap<>();
        for (CloudWatchOperation operation : CloudWatchOperation.values()) {
            CloudWatchBinding<?> binding = implemented.get(operation);
            if ((binding != null) != (operation.support() == Support.IMPLEMENTED)) {
                throw new IllegalStateException(operation.operationName() + " is declared " + operation.support()
                        + " but is " + (binding == null ? "not bound" : "bound"));
            }
            all.put(operation.operationName(), binding == null ? notImplemented(operation) : binding);
        }
        this.bindings = Map.copyOf(all);
    }

    /** Adds CloudWatch to each protocol of the gateway. */
    public AwsGateway.Builder registerWith(AwsGateway.Builder gateway) {
        return gateway.awsQuery(new CloudWatchQueryService(operations(CloudWatchBinding::query)))
                .awsJson(new CloudWatchJsonService(operations(CloudWatchBinding::json)))
                .rpcV2Cbor(new CloudWatchCborService(operations(CloudWatchBinding::cbor)));
    }

    private <T> Map<String, T> operations(Function<CloudWatchBinding<?>, T> protocol) {
        Map<String, T> operations = new LinkedHashMap<>();
        bindings.forEach((name, binding) -> operations.put(name, protocol.apply(binding)));
        return Map.copyOf(operations);
    }

    private static Map<CloudWatchOperation, CloudWatchBinding<?>> implementations(CloudWatchOperations operations) {
        Map<CloudWatchOperation, CloudWatchBinding<?>> implemented = new EnumMap<>(CloudWatchOperation.class);
        implemented.put(CloudWatchOperation.PUT_METRIC_DATA, new CloudWatchBinding<>(PutMetricDataInput.class,
                (input, context) -> operations.putMetricData(input)));
        implemented.put(CloudWatchOperation.GET_METRIC_STATISTICS, new CloudWatchBinding<>(
                GetMetricStatisticsInput.class, (input, context) -> operations.getMetricStatistics(input)));
        implemented.put(CloudWatchOperation.GET_METRIC_DATA, new CloudWatchBinding<>(GetMetricDataInput.class,
                (input, context) -> operations.getMetricData(input)));
        implemented.put(CloudWatchOperation.LIST_METRICS, new CloudWatchBinding<>(ListMetricsInput.class,
                (input, context) -> operations.listMetrics(input)));
        return implemented;
    }

    private static CloudWatchBinding<NoInput> notImplemented(CloudWatchOperation operation) {
        return new CloudWatchBinding<>(NoInput.class, (input, context) -> {
            throw new BaristaException(ErrorCode.UNSUPPORTED_OPERATION, "Barista does not support the CloudWatch"
                    + " operation " + operation.operationName() + " yet.");
        });
    }
}
