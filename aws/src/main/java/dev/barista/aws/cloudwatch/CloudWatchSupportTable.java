package dev.barista.aws.cloudwatch;

import dev.barista.aws.protocol.SupportTable;
import java.util.List;

/** The CloudWatch support table of {@code aws/README.md}, generated from {@link CloudWatchOperation}. */
public final class CloudWatchSupportTable {

    private CloudWatchSupportTable() {
    }

    public static String markdown() {
        return SupportTable.markdown(List.of(CloudWatchOperation.values()));
    }
}
