package dev.barista.core.logs;

/**
 * Bounds of the log store.
 *
 * @param maximumStoredBytes the UTF-8 bytes of messages kept in all groups together; the oldest events go first
 *     when there are more
 * @param maximumGroups how many log groups the account may have (CloudWatch Logs: 1,000,000)
 * @param bufferedBatches how many batches may wait for the writer before producers block
 */
public record LogSettings(long maximumStoredBytes, int maximumGroups, int bufferedBatches) {
    public static final int DEFAULT_MAXIMUM_GROUPS = 1_000_000;
    public static final int DEFAULT_BUFFERED_BATCHES = 65_536;

    public LogSettings {
        if (maximumStoredBytes < 1 || maximumGroups < 1 || bufferedBatches < 1) {
            throw new IllegalArgumentException("log bounds must be positive");
        }
    }

    /** The given size bound with the other defaults. */
    public static LogSettings ofMaximumStoredBytes(long maximumStoredBytes) {
        return new LogSettings(maximumStoredBytes, DEFAULT_MAXIMUM_GROUPS, DEFAULT_BUFFERED_BATCHES);
    }
}
