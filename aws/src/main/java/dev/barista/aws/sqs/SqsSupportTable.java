package dev.barista.aws.sqs;

import dev.barista.aws.protocol.SupportTable;
import java.util.List;

/**
 * The table of SQS operations and whether Barista implements them, in Markdown, as {@code aws/README.md} shows it
 * between its {@code sqs-operations} markers (a test keeps the two equal).
 */
public final class SqsSupportTable {
    private SqsSupportTable() {
    }

    public static String markdown() {
        return SupportTable.markdown(List.of(SqsOperation.values()));
    }

    /** Prints the table, to paste into the README. */
    public static void main(String[] arguments) {
        System.out.print(markdown());
    }
}
