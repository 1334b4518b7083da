package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the queue a QueueUrl names. Any URL whose path ends in {@code /<account>/<queue>} names that queue (the host
 * is the client's business: it reached us); a path of one segment, or a bare queue name, names the queue too, as
 * older clients and tools send it. Another account's URL names no queue of ours.
 */
final class QueueAddresses {
    private static final String TWELVE_DIGITS = "\\d{12}";

    private QueueAddresses() {
    }

    /**
     * @throws BaristaException MISSING_PARAMETER, INVALID_ADDRESS, or RESOURCE_NOT_FOUND for another account
     */
    static String queueName(String queueUrl, String accountId) {
        if (queueUrl == null || queueUrl.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " QueueUrl.");
        }
        String path = queueUrl;
        int scheme = queueUrl.indexOf("://");
        if (scheme >= 0) {
            int slash = queueUrl.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : queueUrl.substring(slash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty() || segments.size() > 3) {
            throw new BaristaException(ErrorCode.INVALID_ADDRESS, "The address " + queueUrl + " is not valid for"
                    + " this endpoint.");
        }
        String name = segments.getLast();
        if (segments.size() >= 2) {
            String account = segments.get(segments.size() - 2);
            if (account.matches(TWELVE_DIGITS) && !account.equals(accountId)) {
                throw QueueErrors.queueDoesNotExist();
            }
        }
        return name;
    }
}
