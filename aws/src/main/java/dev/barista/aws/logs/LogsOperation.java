package dev.barista.aws.logs;

import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.SupportedOperation;

/**
 * Every operation of the CloudWatch Logs API (as of AWS SDK for Java 2.40.2) and whether Barista implements it. This
 * is the one list of what Barista supports: {@link LogsService} binds every constant (an unimplemented one answers
 * 501 {@code NotImplemented}), and the support table in {@code aws/README.md} is generated from it
 * ({@link LogsSupportTable}).
 */
public enum LogsOperation implements SupportedOperation {
    ASSOCIATE_KMS_KEY("AssociateKmsKey", Support.NOT_IMPLEMENTED),
    ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION("AssociateSourceToS3TableIntegration", Support.NOT_IMPLEMENTED),
    CANCEL_EXPORT_TASK("CancelExportTask", Support.NOT_IMPLEMENTED),
    CREATE_DELIVERY("CreateDelivery", Support.NOT_IMPLEMENTED),
    CREATE_EXPORT_TASK("CreateExportTask", Support.NOT_IMPLEMENTED),
    CREATE_LOG_ANOMALY_DETECTOR("CreateLogAnomalyDetector", Support.NOT_IMPLEMENTED),
    CREATE_LOG_GROUP("CreateLogGroup", Support.IMPLEMENTED),
    CREATE_LOG_STREAM("CreateLogStream", Support.IMPLEMENTED),
    CREATE_SCHEDULED_QUERY("CreateScheduledQuery", Support.NOT_IMPLEMENTED),
    DELETE_ACCOUNT_POLICY("DeleteAccountPolicy", Support.NOT_IMPLEMENTED),
    DELETE_DATA_PROTECTION_POLICY("DeleteDataProtectionPolicy", Support.NOT_IMPLEMENTED),
    DELETE_DELIVERY("DeleteDelivery", Support.NOT_IMPLEMENTED),
    DELETE_DELIVERY_DESTINATION("DeleteDeliveryDestination", Support.NOT_IMPLEMENTED),
    DELETE_DELIVERY_DESTINATION_POLICY("DeleteDeliveryDestinationPolicy", Support.NOT_IMPLEMENTED),
    DELETE_DELIVERY_SOURCE("DeleteDeliverySource", Support.NOT_IMPLEMENTED),
    DELETE_DESTINATION("DeleteDestination", Support.NOT_IMPLEMENTED),
    DELETE_INDEX_POLICY("DeleteIndexPolicy", Support.NOT_IMPLEMENTED),
    DELETE_INTEGRATION("DeleteIntegration", Support.NOT_IMPLEMENTED),
    DELETE_LOG_ANOMALY_DETECTOR("DeleteLogAnomalyDetector", Support.NOT_IMPLEMENTED),
    DELETE_LOG_GROUP("DeleteLogGroup", Support.IMPLEMENTED),
    DELETE_LOG_STREAM("DeleteLogStream", Support.IMPLEMENTED),
    DELETE_METRIC_FILTER("DeleteMetricFilter", Support.NOT_IMPLEMENTED),
    DELETE_QUERY_DEFINITION("DeleteQueryDefinition", Support.NOT_IMPLEMENTED),
    DELETE_RESOURCE_POLICY("DeleteResourcePolicy", Support.NOT_IMPLEMENTED),
    DELETE_RETENTION_POLICY("DeleteRetentionPolicy", Support.IMPLEMENTED),
    DELETE_SCHEDULED_QUERY("DeleteScheduledQuery", Support.NOT_IMPLEMENTED),
    DELETE_SUBSCRIPTION_FILTER("DeleteSubscriptionFilter", Support.NOT_IMPLEMENTED),
    DELETE_TRANSFORMER("DeleteTransformer", Support.NOT_IMPLEMENTED),
    DESCRIBE_ACCOUNT_POLICIES("DescribeAccountPolicies", Support.NOT_IMPLEMENTED),
    DESCRIBE_CONFIGURATION_TEMPLATES("DescribeConfigurationTemplates", Support.NOT_IMPLEMENTED),
    DESCRIBE_DELIVERIES("DescribeDeliveries", Support.NOT_IMPLEMENTED),
    DESCRIBE_DELIVERY_DESTINATIONS("DescribeDeliveryDestinations", Support.NOT_IMPLEMENTED),
    DESCRIBE_DELIVERY_SOURCES("DescribeDeliverySources", Support.NOT_IMPLEMENTED),
    DESCRIBE_DESTINATIONS("DescribeDestinations", Support.NOT_IMPLEMENTED),
    DESCRIBE_EXPORT_TASKS("DescribeExportTasks", Support.NOT_IMPLEMENTED),
    DESCRIBE_FIELD_INDEXES("DescribeFieldIndexes", Support.NOT_IMPLEMENTED),
    DESCRIBE_INDEX_POLICIES("DescribeIndexPolicies", Support.NOT_IMPLEMENTED),
    DESCRIBE_LOG_GROUPS("DescribeLogGroups", Support.IMPLEMENTED),
    DESCRIBE_LOG_STREAMS("DescribeLogStreams", Support.IMPLEMENTED),
    DESCRIBE_METRIC_FILTERS("DescribeMetricFilters", Support.NOT_IMPLEMENTED),
    DESCRIBE_QUERIES("DescribeQueries", Support.NOT_IMPLEMENTED),
    DESCRIBE_QUERY_DEFINITIONS("DescribeQueryDefinitions", Support.NOT_IMPLEMENTED),
    DESCRIBE_RESOURCE_POLICIES("DescribeResourcePolicies", Support.NOT_IMPLEMENTED),
    DESCRIBE_SUBSCRIPTION_FILTERS("DescribeSubscriptionFilters", Support.NOT_IMPLEMENTED),
    DISASSOCIATE_KMS_KEY("DisassociateKmsKey", Support.NOT_IMPLEMENTED),
    DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION("DisassociateSourceFromS3TableIntegration", Support.NOT_IMPLEMENTED),
    FILTER_LOG_EVENTS("FilterLogEvents", Support.IMPLEMENTED),
    GET_DATA_PROTECTION_POLICY("GetDataProtectionPolicy", Support.NOT_IMPLEMENTED),
    GET_DELIVERY("GetDelivery", Support.NOT_IMPLEMENTED),
    GET_DELIVERY_DESTINATION("GetDeliveryDestination", Support.NOT_IMPLEMENTED),
    GET_DELIVERY_DESTINATION_POLICY("GetDeliveryDestinationPolicy", Support.NOT_IMPLEMENTED),
    GET_DELIVERY_SOURCE("GetDeliverySource", Support.NOT_IMPLEMENTED),
    GET_INTEGRATION("GetIntegration", Support.NOT_IMPLEMENTED),
    GET_LOG_ANOMALY_DETECTOR("GetLogAnomalyDetector", Support.NOT_IMPLEMENTED),
    GET_LOG_EVENTS("GetLogEvents", Support.IMPLEMENTED),
    GET_LOG_FIELDS("GetLogFields", Support.NOT_IMPLEMENTED),
    GET_LOG_GROUP_FIELDS("GetLogGroupFields", Support.NOT_IMPLEMENTED),
    GET_LOG_OBJECT("GetLogObject", Support.NOT_IMPLEMENTED),
    GET_LOG_RECORD("GetLogRecord", Support.NOT_IMPLEMENTED),
    GET_QUERY_RESULTS("GetQueryResults", Support.NOT_IMPLEMENTED),
    GET_SCHEDULED_QUERY("GetScheduledQuery", Support.NOT_IMPLEMENTED),
    GET_SCHEDULED_QUERY_HISTORY("GetScheduledQueryHistory", Support.NOT_IMPLEMENTED),
    GET_TRANSFORMER("GetTransformer", Support.NOT_IMPLEMENTED),
    LIST_AGGREGATE_LOG_GROUP_SUMMARIES("ListAggregateLogGroupSummaries", Support.NOT_IMPLEMENTED),
    LIST_ANOMALIES("ListAnomalies", Support.NOT_IMPLEMENTED),
    LIST_INTEGRATIONS("ListIntegrations", Support.NOT_IMPLEMENTED),
    LIST_LOG_ANOMALY_DETECTORS("ListLogAnomalyDetectors", Support.NOT_IMPLEMENTED),
    LIST_LOG_GROUPS("ListLogGroups", Support.NOT_IMPLEMENTED),
    LIST_LOG_GROUPS_FOR_QUERY("ListLogGroupsForQuery", Support.NOT_IMPLEMENTED),
    LIST_SCHEDULED_QUERIES("ListScheduledQueries", Support.NOT_IMPLEMENTED),
    LIST_SOURCES_FOR_S3_TABLE_INTEGRATION("ListSourcesForS3TableIntegration", Support.NOT_IMPLEMENTED),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", Support.IMPLEMENTED),
    LIST_TAGS_LOG_GROUP("ListTagsLogGroup", Support.IMPLEMENTED),
    PUT_ACCOUNT_POLICY("PutAccountPolicy", Support.NOT_IMPLEMENTED),
    PUT_DATA_PROTECTION_POLICY("PutDataProtectionPolicy", Support.NOT_IMPLEMENTED),
    PUT_DELIVERY_DESTINATION("PutDeliveryDestination", Support.NOT_IMPLEMENTED),
    PUT_DELIVERY_DESTINATION_POLICY("PutDeliveryDestinationPolicy", Support.NOT_IMPLEMENTED),
    PUT_DELIVERY_SOURCE("PutDeliverySource", Support.NOT_IMPLEMENTED),
    PUT_DESTINATION("PutDestination", Support.NOT_IMPLEMENTED),
    PUT_DESTINATION_POLICY("PutDestinationPolicy", Support.NOT_IMPLEMENTED),
    PUT_INDEX_POLICY("PutIndexPolicy", Support.NOT_IMPLEMENTED),
    PUT_INTEGRATION("PutIntegration", Support.NOT_IMPLEMENTED),
    PUT_LOG_EVENTS("PutLogEvents", Support.IMPLEMENTED),
    PUT_LOG_GROUP_DELETION_PROTECTION("PutLogGroupDeletionProtection", Support.NOT_IMPLEMENTED),
    PUT_METRIC_FILTER("PutMetricFilter", Support.NOT_IMPLEMENTED),
    PUT_QUERY_DEFINITION("PutQueryDefinition", Support.NOT_IMPLEMENTED),
    PUT_RESOURCE_POLICY("PutResourcePolicy", Support.NOT_IMPLEMENTED),
    PUT_RETENTION_POLICY("PutRetentionPolicy", Support.IMPLEMENTED),
    PUT_SUBSCRIPTION_FILTER("PutSubscriptionFilter", Support.NOT_IMPLEMENTED),
    PUT_TRANSFORMER("PutTransformer", Support.NOT_IMPLEMENTED),
    START_LIVE_TAIL("StartLiveTail", Support.NOT_IMPLEMENTED),
    START_QUERY("StartQuery", Support.NOT_IMPLEMENTED),
    STOP_QUERY("StopQuery", Support.NOT_IMPLEMENTED),
    TAG_LOG_GROUP("TagLogGroup", Support.IMPLEMENTED),
    TAG_RESOURCE("TagResource", Support.IMPLEMENTED),
    TEST_METRIC_FILTER("TestMetricFilter", Support.NOT_IMPLEMENTED),
    TEST_TRANSFORMER("TestTransformer", Support.NOT_IMPLEMENTED),
    UNTAG_LOG_GROUP("UntagLogGroup", Support.IMPLEMENTED),
    UNTAG_RESOURCE("UntagResource", Support.IMPLEMENTED),
    UPDATE_ANOMALY("UpdateAnomaly", Support.NOT_IMPLEMENTED),
    UPDATE_DELIVERY_CONFIGURATION("UpdateDeliveryConfiguration", Support.NOT_IMPLEMENTED),
    UPDATE_LOG_ANOMALY_DETECTOR("UpdateLogAnomalyDetector", Support.NOT_IMPLEMENTED),
    UPDATE_SCHEDULED_QUERY("UpdateScheduledQuery", Support.NOT_IMPLEMENTED);

    private final String operationName;
    private final Support support;

    LogsOperation(String operationName, Support support) {
        this.operationName = operationName;
        this.support = support;
    }

    /** The name after {@code Logs_20140328.} in {@code X-Amz-Target}. */
    @Override
    public String operationName() {
        return operationName;
    }

    @Override
    public Support support() {
        return support;
    }

    /** The operation's page in the CloudWatch Logs API reference. */
    @Override
    public String documentation() {
        return "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_" + operationName + ".html";
    }
}
