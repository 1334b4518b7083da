package dev.barista.aws.protocol.awsjson;

/** The two versions of awsJson differ only in their content type. */
public enum AwsJsonVersion {
    /** SQS, DynamoDB. */
    V1_0("application/x-amz-json-1.0"),
    /** CloudWatch Logs, EventBridge. */
    V1_1("application/x-amz-json-1.1");

    private final String contentType;

    AwsJsonVersion(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
