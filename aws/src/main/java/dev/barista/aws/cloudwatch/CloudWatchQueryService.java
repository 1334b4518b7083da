package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.query.AwsQueryOperation;
import dev.barista.aws.protocol.query.AwsQueryService;
import dev.barista.core.error.ErrorCode;
import java.util.Map;

/** CloudWatch in awsQuery: {@code POST /} with {@code Action=<operation>}, signed for {@code monitoring}. */
final class CloudWatchQueryService implements AwsQueryService {
    private final Map<String, AwsQueryOperation> operations;

    CloudWatchQueryService(Map<String, AwsQueryOperation> operations) {
        this.operations = operations;
    }

    @Override
    public String name() {
        return "CloudWatch";
    }

    @Override
    public String signingName() {
        return CloudWatch.SIGNING_NAME;
    }

    @Override
    public String xmlNamespace() {
        return CloudWatch.XML_NAMESPACE;
    }

    @Override
    public Map<String, AwsQueryOperation> operations() {
        return operations;
    }

    @Override
    public AwsError errorFor(ErrorCode code) {
        return CloudWatchErrors.errorFor(code);
    }
}
