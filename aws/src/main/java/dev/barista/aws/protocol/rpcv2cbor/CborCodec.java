package dev.barista.aws.protocol.rpcv2cbor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.barista.aws.protocol.EpochSecondsTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CBOR for rpcv2Cbor: binds request bodies to the same wire records the JSON protocols use and writes output records;
 * timestamps are tag 1 epoch seconds ({@link EpochSecondsTimestamps}). Null members are not written. Thread-safe.
 */
final class CborCodec {
    private static final byte[] EMPTY_MAP = {(byte) 0xa0};

    private final CBORMapper mapper = CBORMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPropertyInclusion(JsonInclude.Value.empty().withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(EpochSecondsTimestamps.module())
            .build();

    /**
     * Binds a body to a wire record; an empty body binds as an empty map.
     *
     * @throws MalformedCborException when the body is not CBOR or does not fit the record
     */
    <T> T read(byte[] body, Class<T> type) {
        try {
            return mapper.readValue(body.length == 0 ? EMPTY_MAP : body, type);
        } catch (JsonProcessingException exception) {
            throw new MalformedCborException(exception.getOriginalMessage());
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    byte[] write(Object document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot write " + document.getClass().getName() + " as CBOR", exception);
        }
    }

    /** An error body: {@code __type} and {@code message}. */
    byte[] error(String type, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("__type", type);
        body.put("message", message);
        return write(body);
    }

    /** A body that is not the CBOR an operation accepts. */
    static final class MalformedCborException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedCborException(String message) {
            super(message, null, false, false);
        }
    }
}
