package dev.barista.aws.sqs;

/**
 * The table of SQS operations and whether Barista implements them, in Markdown, as {@code aws/README.md} shows it
 * between its {@code sqs-operations} markers (a test keeps the two equal).
 */
public final class SqsSupportTable {
    private SqsSupportTable() {
    }

    public static String markdown() {
        StringBuilder table = new StringBuilder()
                .append("| Operation | Barista |\n")
                .append("|---|---|\n");
        for (SqsOperation operation : SqsOperation.values()) {
            table.append("| [").append(operation.operationName()).append("](").append(operation.documentation())
                    .append(") | ")
                    .append(switch (operation.support()) {
                        case IMPLEMENTED -> "implemented";
                        case NOT_IMPLEMENTED -> "501 NotImplemented";
                    })
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Prints the table, to paste into the README. */
    public static void main(String[] arguments) {
        System.out.print(markdown());
    }
}
