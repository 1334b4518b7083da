package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pages of queue names (ListQueues, ListDeadLetterSourceQueues): names in order, at most MaxResults (1 to 1,000) a
 * page; the token is the opaque base64 of the last name of the previous page, so a page is stable when queues are
 * created or deleted in between. Without MaxResults, up to 1,000 names and no token, as SQS answers.
 */
final class QueuePages {
    private static final int MAXIMUM = 1_000;

    private QueuePages() {
    }

    static QueueListing page(List<String> sortedNames, Integer maxResults, String nextToken) {
        if (maxResults != null && (maxResults < 1 || maxResults > MAXIMUM)) {
            throw BaristaException.invalidParameter("Value " + maxResults + " for parameter MaxResults is invalid."
                    + " Reason: MaxResults must be an integer between 1 and 1000.");
        }
        int start = 0;
        if (nextToken != null && !nextToken.isEmpty()) {
            String after = decode(nextToken);
            while (start < sortedNames.size() && sortedNames.get(start).compareTo(after) <= 0) {
                start++;
            }
        }
        int size = maxResults == null ? MAXIMUM : maxResults;
        int end = Math.min(sortedNames.size(), start + size);
        List<String> page = sortedNames.subList(start, end);
        String token = maxResults != null && end < sortedNames.size() && !page.isEmpty()
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(page.getLast()
                        .getBytes(StandardCharsets.UTF_8))
                : null;
        return new QueueListing(page, token);
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw BaristaException.invalidParameter("Invalid NextToken value.");
        }
    }
}
