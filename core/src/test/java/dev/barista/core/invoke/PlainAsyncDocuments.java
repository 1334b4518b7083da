package dev.barista.core.invoke;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link AsyncDocuments} in plain text, for core's tests (core has no JSON): a record is one line of
 * {@code name=value} pairs that tests read back with {@link #field}; the exact JSON is the adapter's to test.
 */
final class PlainAsyncDocuments implements AsyncDocuments {
    private static final Pattern ERROR_MESSAGE = Pattern.compile("\"errorMessage\":\"([^\"]*)\"");

    @Override
    public byte[] invocationRecord(InvocationRecord record) {
        AttemptResponse response = record.response();
        String text = "requestId=" + record.requestId() + "|functionArn=" + record.functionArn() + "|condition="
                + record.condition().wireName() + "|approximateInvokeCount=" + record.approximateInvokeCount()
                + "|requestPayload=" + text(record.requestPayload())
                + (response == null ? "" : "|statusCode=" + response.statusCode() + "|executedVersion="
                + response.executedVersion() + "|functionError=" + response.functionError() + "|responsePayload="
                + (response.payload() == null ? null : text(response.payload())));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String errorMessage(byte[] errorDocument) {
        Matcher matcher = ERROR_MESSAGE.matcher(text(errorDocument));
        return matcher.find() ? matcher.group(1) : text(errorDocument);
    }

    /** The value of one field of a record this class wrote, or null when it has none. */
    static String field(String record, String name) {
        for (String pair : record.split("\\|")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
