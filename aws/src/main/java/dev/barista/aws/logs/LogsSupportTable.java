package dev.barista.aws.logs;

import dev.barista.aws.protocol.SupportTable;
import java.util.List;

/**
 * The table of CloudWatch Logs operations and whether Barista implements them, in Markdown, as {@code aws/README.md}
 * shows it between its {@code logs-operations} markers (a test keeps the two equal).
 */
public final class LogsSupportTable {
    private LogsSupportTable() {
    }

    public static String markdown() {
        return SupportTable.markdown(List.of(LogsOperation.values()));
    }

    /** Prints the table, to paste into the README. */
    public static void main(String[] arguments) {
        System.out.print(markdown());
    }
}
