package dev.barista.aws.lambda;

/**
 * The table of Lambda operations and whether Barista implements them, in Markdown, as {@code aws/README.md} shows
 * it between its {@code lambda-operations} markers (a test keeps the two equal).
 */
public final class LambdaSupportTable {
    private LambdaSupportTable() {
    }

    public static String markdown() {
        StringBuilder table = new StringBuilder()
                .append("| Operation | Request | Barista |\n")
                .append("|---|---|---|\n");
        for (LambdaOperation operation : LambdaOperation.values()) {
            table.append("| [").append(operation.operationName()).append("](").append(operation.documentation())
                    .append(") | `").append(operation.method()).append(' ').append(operation.path()).append("` | ")
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
