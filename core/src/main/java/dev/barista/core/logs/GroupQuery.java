package dev.barista.core.logs;

/**
 * Which groups a listing returns.
 *
 * @param prefix only names that start with it, or null
 * @param substring only names that contain it (case-sensitive), or null
 * @param afterName only names after it (the last one of the previous page), or null
 */
public record GroupQuery(String prefix, String substring, String afterName, int limit) {
    public GroupQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
