package dev.barista.aws.protocol.restjson;

import java.util.ArrayList;
import java.util.List;

/** Splits a request path at {@code /} before decoding, so that an encoded {@code %2F} stays inside its segment. */
final class RawPath {
    private RawPath() {
    }

    /**
     * {@code /a/b/} gives {@code [a, b]}; an empty segment in the middle ({@code /a//b}) is kept as {@code ""}.
     */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>(6);
        int start = rawPath.startsWith("/") ? 1 : 0;
        while (start < rawPath.length()) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            segments.add(rawPath.substring(start, end));
            start = end + 1;
        }
        return segments;
    }

    /** The first segment, still encoded; empty for {@code /}. */
    static String firstSegment(String rawPath) {
        int start = rawPath.startsWith("/") ? 1 : 0;
        int end = rawPath.indexOf('/', start);
        return rawPath.substring(start, end < 0 ? rawPath.length() : end);
    }
}
