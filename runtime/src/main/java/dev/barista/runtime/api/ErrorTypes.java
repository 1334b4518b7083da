package dev.barista.runtime.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.barista.http.RequestHead;
import java.io.IOException;

/** Reads the error type of an error the runtime posts: its header first, else the document's {@code errorType}. */
final class ErrorTypes {
    /** {@code Lambda-Runtime-Function-Error-Type} ({@link RequestHead#header} takes a name in any case). */
    static final String HEADER = "lambda-runtime-function-error-type";
    static final String UNKNOWN = "Runtime.Unknown";
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorTypes() {
    }

    static String of(RequestHead request, byte[] body) {
        String header = request.header(HEADER);
        if (header != null && !header.isBlank()) {
            return header;
        }
        return fromDocument(body);
    }

    /** The top-level {@code errorType} string of a JSON object, or {@value #UNKNOWN}. */
    static String fromDocument(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNKNOWN;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("errorType".equals(field) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return UNKNOWN;
        } catch (IOException notJson) {
            return UNKNOWN;
        }
    }
}
