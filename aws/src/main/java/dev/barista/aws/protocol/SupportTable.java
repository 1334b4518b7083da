package dev.barista.aws.protocol;

import java.util.List;

/**
 * The Markdown table of a service's operations and whether Barista implements them, as {@code aws/README.md}
 * shows it between the service's markers (each service's operation test keeps the two equal).
 */
public final class SupportTable {
    private SupportTable() {
    }

    public static String markdown(List<? extends SupportedOperation> operations) {
        StringBuilder table = new StringBuilder("| Operation | Barista |\n|---|---|\n");
        for (SupportedOperation operation : operations) {
            table.append("| [").append(operation.operationName()).append("](").append(operation.documentation())
                    .append(") | ").append(operation.implemented() ? "implemented" : "501 NotImplemented")
                    .append(" |\n");
        }
        return table.toString();
    }
}
