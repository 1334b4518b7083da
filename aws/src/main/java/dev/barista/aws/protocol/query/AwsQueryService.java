package dev.barista.aws.protocol.query;

import dev.barista.aws.protocol.ErrorTable;
import java.util.Map;

/**
 * A service that speaks awsQuery (SQS for older clients, SNS, IAM, STS): form-encoded requests naming an
 * {@code Action}, XML responses. Adding a service is implementing this: its actions and its error table.
 */
public interface AwsQueryService extends ErrorTable {

    /** The service's name in messages and logs. */
    String name();

    /** The SigV4 signing name ({@code sqs}), which tells services apart when two know the same action. */
    String signingName();

    /** The namespace of response documents, such as {@code http://queue.amazonaws.com/doc/2012-11-05/}. */
    String xmlNamespace();

    /** Action name to operation. */
    Map<String, AwsQueryOperation> operations();
}
