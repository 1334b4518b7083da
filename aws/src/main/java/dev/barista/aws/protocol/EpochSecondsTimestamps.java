package dev.barista.aws.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Timestamps ({@link Instant} members of wire records) as the JSON and CBOR protocols write them: epoch seconds
 * with millisecond precision, a plain decimal number in JSON and, in CBOR, a number under tag 1 (epoch-based
 * date/time), as Smithy's rpcv2Cbor requires. Reading accepts a number (any CBOR tag is skipped by the parser) or an
 * ISO-8601 string.
 */
public final class EpochSecondsTimestamps {
    private static final int CBOR_EPOCH_TAG = 1;

    private EpochSecondsTimestamps() {
    }

    /** A Jackson module that binds {@link Instant} this way. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("EpochSecondsTimestamps");
        module.addSerializer(Instant.class, new Writer());
        module.addDeserializer(Instant.class, new Reader());
        return module;
    }

    private static final class Writer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant instant, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            long milliseconds = instant.toEpochMilli();
            if (generator instanceof CBORGenerator cbor) {
                cbor.writeTag(CBOR_EPOCH_TAG);
                if (milliseconds % 1000 == 0) {
                    cbor.writeNumber(milliseconds / 1000);
                } else {
                    cbor.writeNumber(milliseconds / 1000.0);
                }
                return;
            }
            generator.writeNumber(BigDecimal.valueOf(milliseconds, 3).stripTrailingZeros().toPlainString());
        }
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal seconds = parser.getDecimalValue();
                return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP)
                        .longValueExact());
            }
            if (token == JsonToken.VALUE_STRING) {
                try {
                    return OffsetDateTime.parse(parser.getText()).toInstant();
                } catch (DateTimeParseException malformed) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(),
                            "not an ISO-8601 timestamp");
                }
            }
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
    }
}
