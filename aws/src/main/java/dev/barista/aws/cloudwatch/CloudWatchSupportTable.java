package dev.barista.aws.cloudwatch;

/** The CloudWatch support table of {@code aws/README.md}, generated from {@link CloudWatchOperation}. */
public final class CloudWatchSupportTable {

    private CloudWatchSupportTable() {
    }

    public static String markdown() {
        StringBuilder table = new StringBuilder("| Operation | Barista |\n|---|---|\n");
        for (CloudWatchOperation operation : CloudWatchOperation.values()) {
            table.append("| [").append(operation.operationName()).append("](").append(operation.documentationUrl())
                    .append(") | ").append(switch (operation.support()) {
                        case IMPLEMENTED -> "implemented";
                        case NOT_IMPLEMENTED -> "501 NotImplemented";
                    }).append(" |\n");
        }
        return table.toString();
    }
}
