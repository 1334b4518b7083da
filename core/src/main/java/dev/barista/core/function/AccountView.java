package dev.barista.core.function;

/** GetAccountSettings: the limits and what is used of them. */
public record AccountView(long totalCodeSize, long codeSizeUnzipped, long codeSizeZipped, int concurrentExecutions,
                          int unreservedConcurrentExecutions, long usedTotalCodeSize, long functionCount) {
}
