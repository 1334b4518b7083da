package dev.barista.aws.cloudwatch;

import dev.barista.aws.cloudwatch.wire.GetMetricDataInput;
import dev.barista.aws.cloudwatch.wire.GetMetricDataOutput;
import dev.barista.aws.cloudwatch.wire.GetMetricStatisticsInput;
import dev.barista.aws.cloudwatch.wire.GetMetricStatisticsOutput;
import dev.barista.aws.cloudwatch.wire.ListMetricsInput;
import dev.barista.aws.cloudwatch.wire.ListMetricsOutput;
import dev.barista.aws.cloudwatch.wire.PutMetricDataInput;
import dev.barista.core.metrics.MetricService;

/** One thin method per implemented CloudWatch operation, shared by every protocol: decode, one call, encode. */
final class CloudWatchOperations {
    private final MetricService metrics;

    CloudWatchOperations(MetricService metrics) {
        this.metrics = metrics;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html">
     * PutMetricData</a>: no output.
     */
    Object putMetricData(PutMetricDataInput input) {
        metrics.putMetricData(input.toCommand());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html">
     * GetMetricStatistics</a>.
     */
    GetMetricStatisticsOutput getMetricStatistics(GetMetricStatisticsInput input) {
        return GetMetricStatisticsOutput.of(metrics.getMetricStatistics(input.toQuery()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">
     * GetMetricData</a>.
     */
    GetMetricDataOutput getMetricData(GetMetricDataInput input) {
        return GetMetricDataOutput.of(metrics.getMetricData(input.toRequest()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">
     * ListMetrics</a>.
     */
    ListMetricsOutput listMetrics(ListMetricsInput input) {
        return ListMetricsOutput.of(metrics.listMetrics(input.toQuery()));
    }
}
