package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.SupportedOperation;

/**
 * Every operation of the CloudWatch API (as of botocore 1.43.11 and AWS SDK for Java 2.40.2), and whether Barista
 * implements it. This is the one list of what Barista supports: every protocol answers every constant, an
 * unimplemented one with 501 {@code NotImplemented}, and the support table in {@code aws/README.md} is generated
 * from it ({@link CloudWatchSupportTable}).
 */
public enum CloudWatchOperation implements SupportedOperation {
    DELETE_ALARM_MUTE_RULE("DeleteAlarmMuteRule", Support.NOT_IMPLEMENTED),
    DELETE_ALARMS("DeleteAlarms", Support.NOT_IMPLEMENTED),
    DELETE_ANOMALY_DETECTOR("DeleteAnomalyDetector", Support.NOT_IMPLEMENTED),
    DELETE_DASHBOARDS("DeleteDashboards", Support.NOT_IMPLEMENTED),
    DELETE_INSIGHT_RULES("DeleteInsightRules", Support.NOT_IMPLEMENTED),
    DELETE_METRIC_STREAM("DeleteMetricStream", Support.NOT_IMPLEMENTED),
    DESCRIBE_ALARM_CONTRIBUTORS("DescribeAlarmContributors", Support.NOT_IMPLEMENTED),
    DESCRIBE_ALARM_HISTORY("DescribeAlarmHistory", Support.NOT_IMPLEMENTED),
    DESCRIBE_ALARMS("DescribeAlarms", Support.NOT_IMPLEMENTED),
    DESCRIBE_ALARMS_FOR_METRIC("DescribeAlarmsForMetric", Support.NOT_IMPLEMENTED),
    DESCRIBE_ANOMALY_DETECTORS("DescribeAnomalyDetectors", Support.NOT_IMPLEMENTED),
    DESCRIBE_INSIGHT_RULES("DescribeInsightRules", Support.NOT_IMPLEMENTED),
    DISABLE_ALARM_ACTIONS("DisableAlarmActions", Support.NOT_IMPLEMENTED),
    DISABLE_INSIGHT_RULES("DisableInsightRules", Support.NOT_IMPLEMENTED),
    ENABLE_ALARM_ACTIONS("EnableAlarmActions", Support.NOT_IMPLEMENTED),
    ENABLE_INSIGHT_RULES("EnableInsightRules", Support.NOT_IMPLEMENTED),
    GET_ALARM_MUTE_RULE("GetAlarmMuteRule", Support.NOT_IMPLEMENTED),
    GET_DASHBOARD("GetDashboard", Support.NOT_IMPLEMENTED),
    GET_INSIGHT_RULE_REPORT("GetInsightRuleReport", Support.NOT_IMPLEMENTED),
    GET_METRIC_DATA("GetMetricData", Support.IMPLEMENTED),
    GET_METRIC_STATISTICS("GetMetricStatistics", Support.IMPLEMENTED),
    GET_METRIC_STREAM("GetMetricStream", Support.NOT_IMPLEMENTED),
    GET_METRIC_WIDGET_IMAGE("GetMetricWidgetImage", Support.NOT_IMPLEMENTED),
    GET_O_TEL_ENRICHMENT("GetOTelEnrichment", Support.NOT_IMPLEMENTED),
    LIST_ALARM_MUTE_RULES("ListAlarmMuteRules", Support.NOT_IMPLEMENTED),
    LIST_DASHBOARDS("ListDashboards", Support.NOT_IMPLEMENTED),
    LIST_MANAGED_INSIGHT_RULES("ListManagedInsightRules", Support.NOT_IMPLEMENTED),
    LIST_METRIC_STREAMS("ListMetricStreams", Support.NOT_IMPLEMENTED),
    LIST_METRICS("ListMetrics", Support.IMPLEMENTED),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", Support.NOT_IMPLEMENTED),
    PUT_ALARM_MUTE_RULE("PutAlarmMuteRule", Support.NOT_IMPLEMENTED),
    PUT_ANOMALY_DETECTOR("PutAnomalyDetector", Support.NOT_IMPLEMENTED),
    PUT_COMPOSITE_ALARM("PutCompositeAlarm", Support.NOT_IMPLEMENTED),
    PUT_DASHBOARD("PutDashboard", Support.NOT_IMPLEMENTED),
    PUT_INSIGHT_RULE("PutInsightRule", Support.NOT_IMPLEMENTED),
    PUT_MANAGED_INSIGHT_RULES("PutManagedInsightRules", Support.NOT_IMPLEMENTED),
    PUT_METRIC_ALARM("PutMetricAlarm", Support.NOT_IMPLEMENTED),
    PUT_METRIC_DATA("PutMetricData", Support.IMPLEMENTED),
    PUT_METRIC_STREAM("PutMetricStream", Support.NOT_IMPLEMENTED),
    SET_ALARM_STATE("SetAlarmState", Support.NOT_IMPLEMENTED),
    START_METRIC_STREAMS("StartMetricStreams", Support.NOT_IMPLEMENTED),
    START_O_TEL_ENRICHMENT("StartOTelEnrichment", Support.NOT_IMPLEMENTED),
    STOP_METRIC_STREAMS("StopMetricStreams", Support.NOT_IMPLEMENTED),
    STOP_O_TEL_ENRICHMENT("StopOTelEnrichment", Support.NOT_IMPLEMENTED),
    TAG_RESOURCE("TagResource", Support.NOT_IMPLEMENTED),
    UNTAG_RESOURCE("UntagResource", Support.NOT_IMPLEMENTED);

    private final String operationName;
    private final Support support;

    CloudWatchOperation(String operationName, Support support) {
        this.operationName = operationName;
        this.support = support;
    }

    @Override
    public String operationName() {
        return operationName;
    }

    @Override
    public Support support() {
        return support;
    }

    /** The link to the operation's page in the CloudWatch API reference. */
    @Override
    public String documentation() {
        return "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_" + operationName + ".html";
    }
}
