package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.CloudWatchClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * CloudWatch in each protocol its clients speak: the AWS SDK v2 (awsQuery), a form request and its XML answer by
 * hand, awsJson 1.0 and Smithy RPC v2 CBOR by hand, and boto3 (awsJson, query-compatible) when it is installed.
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudWatchProtocolsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();

    private final Barista barista;
    private final CloudWatchClient cloudWatch;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String namespace = Barista.uniqueName("Shop");
    private final Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(2));

    CloudWatchProtocolsIT(Barista barista) {
        this.barista = barista;
        this.cloudWatch = CloudWatchClients.client(barista.endpointUrl());
    }

    @AfterAll
    void close() {
        cloudWatch.close();
        http.close();
    }

    @Test
    void putMetricDataRoundTripsThroughTheSdk() {
        List<Double> values = new ArrayList<>();
        for (int value = 1; value <= 200; value++) {
            values.add((double) value);
        }
        cloudWatch.putMetricData(request -> request.namespace(namespace).metricData(
                MetricDatum.builder().metricName("Latency").timestamp(minute).unit(StandardUnit.MILLISECONDS)
                        .values(values.subList(0, 100)).build(),
                MetricDatum.builder().metricName("Latency").timestamp(minute.plusSeconds(5))
                        .unit(StandardUnit.MILLISECONDS).values(values.subList(100, 200)).build(),
                MetricDatum.builder().metricName("Latency").timestamp(minute.plusSeconds(10))
                        .unit(StandardUnit.MILLISECONDS).statisticValues(set -> set.sampleCount(1.0).sum(500.0)
                                .minimum(500.0).maximum(500.0)).build()));

        Datapoint datapoint = cloudWatch.getMetricStatistics(request -> request.namespace(namespace)
                .metricName("Latency").startTime(minute).endTime(minute.plusSeconds(60)).period(60)
                .extendedStatistics("p50", "p99")).datapoints().getFirst();
        Datapoint sums = cloudWatch.getMetricStatistics(request -> request.namespace(namespace)
                .metricName("Latency").startTime(minute).endTime(minute.plusSeconds(60)).period(60)
                .statistics(software.amazon.awssdk.services.cloudwatch.model.Statistic.SUM,
                        software.amazon.awssdk.services.cloudwatch.model.Statistic.SAMPLE_COUNT))
                .datapoints().getFirst();

        assertThat(datapoint.timestamp()).isEqualTo(minute);
        assertThat(datapoint.extendedStatistics()).containsEntry("p50", 101.0).containsEntry("p99", 199.0);
        assertThat(sums.sampleCount()).isEqualTo(201);
        assertThat(sums.sum()).isEqualTo(200 * 201 / 2 + 500);
    }

    @Test
    void theSdkSeesCloudWatchsErrors() {
        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace("AWS/Lambda")
                .metricData(MetricDatum.builder().metricName("Invocations").value(1.0).build())))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("The value AWS/Lambda for parameter Namespace is invalid.");
    }

    @Test
    void aHandWrittenQueryRequestGetsCloudWatchsXml() throws Exception {
        HttpResponse<String> put = form("Action=PutMetricData&Version=2010-08-01&Namespace=" + encode(namespace)
                + "&MetricData.member.1.MetricName=Orders&MetricData.member.1.Value=3"
                + "&MetricData.member.1.Timestamp=" + minute
                + "&MetricData.member.1.Dimensions.member.1.Name=Host&MetricData.member.1.Dimensions.member.1.Value=a");
        HttpResponse<String> get = form("Action=GetMetricStatistics&Version=2010-08-01&Namespace=" + encode(namespace)
                + "&MetricName=Orders&Dimensions.member.1.Name=Host&Dimensions.member.1.Value=a&StartTime=" + minute
                + "&EndTime=" + minute.plusSeconds(60) + "&Period=60&Statistics.member.1=Sum");
        HttpResponse<String> missing = form("Action=ListMetrics&Version=2010-08-01&Dimensions.member.1.Value=a");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(xml(put.body()).getDocumentElement().getNamespaceURI())
                .isEqualTo("http://monitoring.amazonaws.com/doc/2010-08-01/");
        Document answer = xml(get.body());
        assertThat(answer.getElementsByTagName("Sum").item(0).getTextContent()).isEqualTo("3.0");
        assertThat(answer.getElementsByTagName("Timestamp").item(0).getTextContent()).isEqualTo(minute.toString());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(xml(missing.body()).getElementsByTagName("Code").item(0).getTextContent())
                .isEqualTo("MissingParameter");
    }

    @Test
    void awsJsonAnswersWithEpochSecondsAndQueryCompatibleErrors() throws Exception {
        HttpResponse<String> put = json("PutMetricData", """
                {"Namespace":"%s","MetricData":[{"MetricName":"Json","Value":7,"Timestamp":%d}]}"""
                .formatted(namespace, minute.getEpochSecond()));
        HttpResponse<String> get = json("GetMetricStatistics", """
                {"Namespace":"%s","MetricName":"Json","StartTime":%d,"EndTime":%d,"Period":60,
                 "Statistics":["Maximum"]}""".formatted(namespace, minute.getEpochSecond(),
                minute.getEpochSecond() + 60));
        HttpResponse<String> bad = json("GetMetricStatistics", "{\"Namespace\":\"x\",\"MetricName\":\"y\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode datapoint = JSON.readTree(get.body()).get("Datapoints").get(0);
        assertThat(datapoint.get("Maximum").asDouble()).isEqualTo(7);
        assertThat(datapoint.get("Timestamp").asLong()).isEqualTo(minute.getEpochSecond());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("x-amzn-query-error")).hasValue("MissingParameter;Sender");
        assertThat(JSON.readTree(bad.body()).get("__type").asText())
                .isEqualTo("com.amazonaws.cloudwatch#MissingRequiredParameterException");
    }

    @Test
    void rpcV2CborRoundTripsWithTaggedTimestamps() throws Exception {
        HttpResponse<byte[]> put = cbor("PutMetricData", generator -> {
            generator.writeStringField("Namespace", namespace);
            generator.writeArrayFieldStart("MetricData");
            generator.writeStartObject();
            generator.writeStringField("MetricName", "Cbor");
            generator.writeFieldName("Timestamp");
            generator.writeTag(1);
            generator.writeNumber(minute.getEpochSecond() + 0.5);
            generator.writeArrayFieldStart("Values");
            generator.writeNumber(2.0);
            generator.writeNumber(4.0);
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
        });
        HttpResponse<byte[]> get = cbor("GetMetricData", generator -> {
            generator.writeArrayFieldStart("MetricDataQueries");
            generator.writeStartObject();
            generator.writeStringField("Id", "cbor");
            generator.writeObjectFieldStart("MetricStat");
            generator.writeObjectFieldStart("Metric");
            generator.writeStringField("Namespace", namespace);
            generator.writeStringField("MetricName", "Cbor");
            generator.writeEndObject();
            generator.writeNumberField("Period", 60);
            generator.writeStringField("Stat", "Average");
            generator.writeEndObject();
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeFieldName("StartTime");
            generator.writeTag(1);
            generator.writeNumber(minute.getEpochSecond());
            generator.writeFieldName("EndTime");
            generator.writeTag(1);
            generator.writeNumber(minute.getEpochSecond() + 60);
        });
        HttpResponse<byte[]> bad = cbor("PutMetricData", generator -> generator.writeStringField("Namespace", "x"));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.headers().firstValue("smithy-protocol")).hasValue("rpc-v2-cbor");
        assertThat(get.statusCode()).isEqualTo(200);
        JsonNode result = CBOR.readTree(get.body()).get("MetricDataResults").get(0);
        assertThat(result.get("Id").asText()).isEqualTo("cbor");
        assertThat(result.get("Values").get(0).asDouble()).isEqualTo(3.0);
        assertThat(result.get("Timestamps").get(0).asLong()).isEqualTo(minute.getEpochSecond());
        assertThat(result.get("StatusCode").asText()).isEqualTo("Complete");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("x-amzn-query-error")).hasValue("MissingParameter;Sender");
        assertThat(CBOR.readTree(bad.body()).get("__type").asText())
                .isEqualTo("com.amazonaws.cloudwatch#MissingRequiredParameterException");
    }

    @Test
    void boto3SpeaksToCloudWatch() throws Exception {
        Assumptions.assumeTrue(installed("import boto3"), "boto3 is not installed");
        Path script = Files.createTempFile("barista-boto3", ".py");
        Files.writeString(script, """
                import boto3, datetime, sys
                client = boto3.client("cloudwatch", endpoint_url=sys.argv[1], region_name="us-east-1",
                                      aws_access_key_id="test", aws_secret_access_key="test")
                minute = datetime.datetime.fromtimestamp(int(sys.argv[3]), datetime.timezone.utc)
                client.put_metric_data(Namespace=sys.argv[2], MetricData=[{"MetricName": "Boto", "Values": [1, 2, 3],
                                       "Timestamp": minute, "Unit": "Count"}])
                answer = client.get_metric_statistics(Namespace=sys.argv[2], MetricName="Boto", StartTime=minute,
                                                      EndTime=minute + datetime.timedelta(minutes=1), Period=60,
                                                      Statistics=["Sum"])
                try:
                    client.put_metric_data(Namespace="AWS/EC2", MetricData=[{"MetricName": "X", "Value": 1}])
                    error = "none"
                except client.exceptions.InvalidParameterValueException as exception:
                    error = exception.response["Error"]["Code"]
                print(client.meta.service_model.resolved_protocol, answer["Datapoints"][0]["Sum"],
                      answer["Datapoints"][0]["Timestamp"].timestamp() == minute.timestamp(), error)
                """);
        try {
            Process process = new ProcessBuilder("python3", script.toString(), barista.endpointUrl(), namespace,
                    Long.toString(minute.getEpochSecond())).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).endsWith("6.0 True InvalidParameterValue");
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private HttpResponse<String> form(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(barista.endpointUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> json(String operation, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(barista.endpointUrl() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "GraniteServiceVersion20100801." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> cbor(String operation, Members members) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CBORGenerator generator = new CBORFactory().createGenerator(bytes)) {
            generator.writeStartObject();
            members.write(generator);
            generator.writeEndObject();
        }
        return http.send(HttpRequest.newBuilder(URI.create(barista.endpointUrl()
                        + "/service/GraniteServiceVersion20100801/operation/" + operation))
                .header("Smithy-Protocol", "rpc-v2-cbor").header("Content-Type", "application/cbor")
                .header("Accept", "application/cbor").header("x-amzn-query-mode", "true")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document xml(String text) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean installed(String pythonImport) {
        try {
            Process process = new ProcessBuilder("python3", "-c", pythonImport).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Members {
        void write(CBORGenerator generator) throws IOException;
    }
}
