package dev.barista.aws.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.MalformedJsonException;
import dev.barista.core.invoke.AsyncDocuments;
import dev.barista.core.invoke.AttemptResponse;
import dev.barista.core.invoke.InvocationRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Lambda's JSON for asynchronous invocation. The invocation record is written member by member in Lambda's order
 * (as in the record examples of the Lambda developer guide); payloads that are JSON are embedded as they are, and
 * a response that is not JSON is embedded as a string. Thread-safe.
 */
public final class JsonAsyncDocuments implements AsyncDocuments {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonCodec json = new JsonCodec();

    @Override
    public byte[] invocationRecord(InvocationRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 + record.requestPayload().length);
        try (JsonGenerator generator = factory.createGenerator(bytes)) {
            generator.writeStartObject();
            generator.writeStringField("version", "1.0");
            generator.writeStringField("timestamp", TIMESTAMP.format(record.timestamp()));
            generator.writeObjectFieldStart("requestContext");
            generator.writeStringField("requestId", record.requestId());
            generator.writeStringField("functionArn", record.functionArn());
            generator.writeStringField("condition", record.condition().wireName());
            generator.writeNumberField("approximateInvokeCount", record.approximateInvokeCount());
            generator.writeEndObject();
            generator.writeFieldName("requestPayload");
            writePayload(generator, record.requestPayload());
            AttemptResponse response = record.response();
            if (response != null) {
                generator.writeObjectFieldStart("responseContext");
                generator.writeNumberField("statusCode", response.statusCode());
                generator.writeStringField("executedVersion", response.executedVersion());
                if (response.functionError() != null) {
                    generator.writeStringField("functionError", response.functionError());
                }
                generator.writeEndObject();
                if (response.payload() != null) {
                    generator.writeFieldName("responsePayload");
                    writePayload(generator, response.payload());
                }
            }
            generator.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @Override
    public String errorMessage(byte[] errorDocument) {
        try {
            JsonNode message = mapper.readTree(errorDocument).path("errorMessage");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException notJson) {
            // told as it is, below
        }
        return new String(errorDocument, StandardCharsets.UTF_8);
    }

    /** JSON as it is; an empty payload as null, anything else as a string. */
    private void writePayload(JsonGenerator generator, byte[] payload) throws IOException {
        if (payload.length == 0) {
            generator.writeNull();
            return;
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            json.requireSingleValue(payload);
            generator.writeRawValue(text.strip());
        } catch (MalformedJsonException notJson) {
            generator.writeString(text);
        }
    }
}
