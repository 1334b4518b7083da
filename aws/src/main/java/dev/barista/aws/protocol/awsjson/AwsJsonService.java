package dev.barista.aws.protocol.awsjson;

import dev.barista.aws.protocol.ErrorTable;
import java.util.Map;

/**
 * A service that speaks awsJson (SQS, CloudWatch Logs): requests are {@code POST /} with
 * {@code X-Amz-Target: <prefix>.<operation>}. Adding a service is implementing this: its operations and its error
 * table.
 */
public interface AwsJsonService extends ErrorTable {

    /** The service's name in messages and logs. */
    String name();

    /** The part of {@code X-Amz-Target} before the dot, such as {@code AmazonSQS} or {@code Logs_20140328}. */
    String targetPrefix();

    AwsJsonVersion version();

    /** Operation name (after the dot) to operation. */
    Map<String, AwsJsonOperation<?>> operations();
}
