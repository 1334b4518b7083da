package dev.barista.aws.cloudwatch;

import static dev.barista.aws.cloudwatch.CloudWatchFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.barista.aws.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** CloudWatch in Smithy RPC v2 CBOR, built by hand with Jackson's CBOR generator. */
class CloudWatchCborTest {
    private static final String PATH = "/service/GraniteServiceVersion20100801/operation/";
    private static final long MINUTE = NOW.minusSeconds(600).getEpochSecond();
    private static final CBORFactory FACTORY = new CBORFactory();
    private static final CBORMapper MAPPER = new CBORMapper();

    private final CloudWatchFixture fixture = new CloudWatchFixture();

    @Test
    void putMetricDataAnswersNoBody() throws IOException {
        HttpResponse response = call("PutMetricData", putLatency());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Smithy-Protocol")).isEqualTo("rpc-v2-cbor");
        assertThat(response.headers().contains("Content-Type")).isFalse();
        assertThat(response.body()).isEmpty();
    }

    @Test
    void getMetricStatisticsAnswersTaggedTimestamps() throws IOException {
        call("PutMetricData", putLatency());

        HttpResponse response = call("GetMetricStatistics", document(generator -> {
            generator.writeStringField("Namespace", "Shop");
            generator.writeStringField("MetricName", "Latency");
            generator.writeFieldName("StartTime");
            generator.writeTag(1);
            generator.writeNumber(MINUTE);
            generator.writeFieldName("EndTime");
            generator.writeTag(1);
            generator.writeNumber(MINUTE + 60.5);
            generator.writeNumberField("Period", 60);
            generator.writeArrayFieldStart("ExtendedStatistics");
            generator.writeString("p50");
            generator.writeEndArray();
        }));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/cbor");
        JsonNode datapoint = MAPPER.readTree(response.body()).get("Datapoints").get(0);
        assertThat(datapoint.get("ExtendedStatistics").get("p50").asDouble()).isEqualTo(2.0);
        assertThat(datapoint.get("Timestamp").asLong()).isEqualTo(MINUTE);
        assertThat(timestampTag(response.body())).as("timestamps carry CBOR tag 1").isEqualTo(1);
    }

    @Test
    void errorsNameTheShapeAndCarryTheQueryCode() throws IOException {
        HttpResponse response = call("PutMetricData", document(generator ->
                generator.writeStringField("Namespace", "AWS/EC2")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("x-amzn-query-error")).isEqualTo("InvalidParameterValue;Sender");
        JsonNode body = MAPPER.readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo("com.amazonaws.cloudwatch#InvalidParameterValueException");
        assertThat(body.get("message").asText()).isEqualTo("The value AWS/EC2 for parameter Namespace is invalid.");
    }

    @Test
    void anAbsoluteServiceIdAndAPathPrefixRouteTheSame() throws IOException {
        HttpResponse response = fixture.send("POST", "/v1/service/com.amazonaws.cloudwatch."
                + "GraniteServiceVersion20100801/operation/ListMetrics", new byte[0], "Smithy-Protocol", "rpc-v2-cbor");

        assertThat(response.status()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).get("Metrics").isArray()).isTrue();
    }

    @Test
    void aRequestWithAnXAmzTargetIsRefused() {
        HttpResponse response = fixture.send("POST", PATH + "ListMetrics", new byte[0], "Smithy-Protocol",
                "rpc-v2-cbor", "X-Amz-Target", "GraniteServiceVersion20100801.ListMetrics");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void anUnknownOperationIsRefused() throws IOException {
        HttpResponse response = call("NoSuchOperation", new byte[0]);

        assertThat(response.status()).isEqualTo(404);
        assertThat(MAPPER.readTree(response.body()).get("__type").asText()).contains("UnknownOperationException");
    }

    @Test
    void anUnsupportedOperationAnswers501() {
        HttpResponse response = call("DescribeAlarms", new byte[0]);

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.headers().first("x-amzn-query-error")).isEqualTo("NotImplemented;Sender");
    }

    @Test
    void aBodyThatIsNotCborIsASerializationException() throws IOException {
        HttpResponse response = call("ListMetrics", new byte[] {(byte) 0xff, 0x01});

        assertThat(response.status()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("__type").asText()).contains("SerializationException");
    }

    private byte[] putLatency() throws IOException {
        return document(generator -> {
            generator.writeStringField("Namespace", "Shop");
            generator.writeArrayFieldStart("MetricData");
            generator.writeStartObject();
            generator.writeStringField("MetricName", "Latency");
            generator.writeFieldName("Timestamp");
            generator.writeTag(1);
            generator.writeNumber(MINUTE + 1.25);
            generator.writeArrayFieldStart("Values");
            generator.writeNumber(1.0);
            generator.writeNumber(2.0);
            generator.writeNumber(3.0);
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
        });
    }

    private HttpResponse call(String operation, byte[] body) {
        return fixture.send("POST", PATH + operation, body, "Smithy-Protocol", "rpc-v2-cbor",
                "Content-Type", "application/cbor", "Accept", "application/cbor", "x-amzn-query-mode", "true");
    }

    /** The tag of the first timestamp in an answer: the value tagged where the member Timestamp is. */
    private static int timestampTag(byte[] body) throws IOException {
        try (CBORParser parser = FACTORY.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("Timestamp")) {
                    parser.nextToken();
                    return parser.getCurrentTag();
                }
            }
        }
        return -1;
    }

    private static byte[] document(Members members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CBORGenerator generator = FACTORY.createGenerator(bytes)) {
            generator.writeStartObject();
            members.write(generator);
            generator.writeEndObject();
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Members {
        void write(CBORGenerator generator) throws IOException;
    }

}
