package dev.barista.aws.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for every JSON protocol: binds request bodies to wire records, writes wire records, and checks that an
 * opaque payload is one JSON value without building it. Wire records name their members with {@code @JsonNaming}
 * or {@code @JsonProperty}; absent members are null and null members are not written. Thread-safe; Jackson builds
 * each record's binding once and caches it.
 */
public final class JsonCodec {
    /** Lambda's largest request (CreateFunction with a 50 MB zip, base64) must fit in one string. */
    private static final int MAXIMUM_STRING_LENGTH = 100_000_000;
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final ObjectMapper mapper;

    public JsonCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAXIMUM_STRING_LENGTH).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPropertyInclusion(JsonInclude.Value.empty().withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(EpochSecondsTimestamps.module())
                .build();
    }

    /**
     * Binds a body to a wire record; an empty body binds as {@code {}}.
     *
     * @throws MalformedJsonException when the body is not JSON or does not fit the record
     */
    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json.length == 0 ? EMPTY_OBJECT : json, type);
        } catch (JsonProcessingException exception) {
            throw malformed(exception);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** Writes a wire record (or map) as JSON. */
    public byte[] write(Object document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot write " + document.getClass().getName() + " as JSON", exception);
        }
    }

    /**
     * Writes a flat object of string members in the order given, leaving out null values: {@code
     * object("Type", "User", "message", "...")}.
     */
    public byte[] object(String... namesAndValues) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(bytes)) {
            generator.writeStartObject();
            for (int index = 0; index < namesAndValues.length; index += 2) {
                if (namesAndValues[index + 1] != null) {
                    generator.writeStringField(namesAndValues[index], namesAndValues[index + 1]);
                }
            }
            generator.writeEndObject();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    /**
     * Checks, token by token and without building anything, that the bytes are exactly one JSON value.
     *
     * @throws MalformedJsonException when they are not
     */
    public void requireSingleValue(byte[] json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() == null) {
                throw new MalformedJsonException("No content to map due to end-of-input"
                        + at(parser.currentLocation()));
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new MalformedJsonException("Unexpected token (" + trailing + ") after the end of the JSON value"
                        + at(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException exception) {
            throw malformed(exception);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static MalformedJsonException malformed(JsonProcessingException exception) {
        return new MalformedJsonException(exception.getOriginalMessage() + at(exception.getLocation()));
    }

    private static String at(JsonLocation location) {
        if (location == null) {
            return "";
        }
        return "\n at [Source: (byte[]); line: " + location.getLineNr() + ", column: " + location.getColumnNr() + "]";
    }
}
