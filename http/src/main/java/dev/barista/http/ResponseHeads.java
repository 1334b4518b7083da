package dev.barista.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders the status line and header fields of a {@link Response} as HTTP/1.1 bytes. Thread-safe. */
final class ResponseHeads {
    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private record Stamp(long second, String text) {
    }

    private volatile Stamp date = new Stamp(-1, "");

    /**
     * @param bodyLength the length announced in {@code Content-Length} (also for a HEAD request, which gets no body)
     * @param closing whether the connection closes after this response
     */
    byte[] render(Response response, long bodyLength, boolean closing) {
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        for (HeaderField field : response.headers()) {
            if (!field.name().equalsIgnoreCase("content-length") && !field.name().equalsIgnoreCase("connection")
                    && !field.name().equalsIgnoreCase("date") && !field.name().equalsIgnoreCase("transfer-encoding")) {
                head.append(field.name()).append(": ").append(field.value()).append("\r\n");
            }
        }
        head.append("Date: ").append(date()).append("\r\n");
        if (response.status() != 204 && response.status() != 304) {
            head.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        if (closing) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The IMF-fixdate of the current second, formatted once per second. */
    private String date() {
        long second = System.currentTimeMillis() / 1000;
        Stamp current = date;
        if (current.second() != second) {
            current = new Stamp(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            date = current;
        }
        return current.text();
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
