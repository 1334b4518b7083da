package dev.barista.aws.auth;

import dev.barista.aws.http.PercentEncoding;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The {@code CanonicalURI} line of a SigV4 canonical request, computed from the path as received. Clients encode
 * every path segment twice for every service except S3 (a function named {@code my fn} is sent as {@code my%20fn}
 * and signed as {@code my%2520fn}), and normalize the path (no {@code .} or {@code ..} segments) except for S3.
 */
public final class CanonicalUri {
    private static final String S3 = "s3";

    private CanonicalUri() {
    }

    /**
     * @param rawPath the path as received, percent-encoded once
     * @param service the signing name from the credential scope
     */
    public static String of(String rawPath, String service) {
        boolean s3 = S3.equals(service);
        Deque<String> segments = new ArrayDeque<>();
        String[] received = rawPath.split("/", -1);
        for (int index = 1; index < received.length; index++) {
            String segment = PercentEncoding.decode(received[index], false);
            if (!s3 && ".".equals(segment)) {
                continue;
            }
            if (!s3 && "..".equals(segment)) {
                segments.pollLast();
                continue;
            }
            String once = PercentEncoding.encode(segment);
            segments.addLast(s3 ? once : PercentEncoding.encode(once));
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }
}
