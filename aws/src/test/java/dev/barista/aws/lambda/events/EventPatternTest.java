package dev.barista.aws.lambda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.ReceivedMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Filter criteria on SQS messages: the comparison operators of Lambda's and EventBridge's documentation, each with
 * an event that matches and one that does not, and the table of how a JSON or plain body meets a JSON or plain
 * pattern.
 */
class EventPatternTest {
    private static final String QUEUE = "arn:aws:sqs:us-west-2:123456789012:my-queue";
    private final JacksonSqsEventCodec codec = new JacksonSqsEventCodec();

    private boolean matches(String pattern, String body) {
        ReceivedMessage message = new ReceivedMessage("059f36b4-87a3-44ab-83d2-661975830a7d", "handle", body, "md5",
                null, Map.of("ApproximateReceiveCount", "1", "SenderId", "AIDAIENQZJOLO23YVJ4VO"), Map.of());
        return codec.filter(List.of(pattern)).matches(message, QUEUE, "us-west-2");
    }

    static Stream<Arguments> documentedOperators() {
        return Stream.of(
                arguments("null", "{\"body\":{\"UserID\":[null]}}", "{\"UserID\":null}", "{\"UserID\":\"u1\"}"),
                arguments("null needs the field", "{\"body\":{\"UserID\":[null]}}", "{\"UserID\":null}", "{}"),
                arguments("empty", "{\"body\":{\"LastName\":[\"\"]}}", "{\"LastName\":\"\"}",
                        "{\"LastName\":\"Doe\"}"),
                arguments("equals", "{\"body\":{\"Name\":[\"Alice\"]}}", "{\"Name\":\"Alice\"}",
                        "{\"Name\":\"alice\"}"),
                arguments("equals ignore case", "{\"body\":{\"Name\":[{\"equals-ignore-case\":\"alice\"}]}}",
                        "{\"Name\":\"ALICE\"}", "{\"Name\":\"Bob\"}"),
                arguments("and", "{\"body\":{\"Location\":[\"New York\"],\"Day\":[\"Monday\"]}}",
                        "{\"Location\":\"New York\",\"Day\":\"Monday\"}",
                        "{\"Location\":\"New York\",\"Day\":\"Tuesday\"}"),
                arguments("or", "{\"body\":{\"PaymentType\":[\"Credit\",\"Debit\"]}}", "{\"PaymentType\":\"Debit\"}",
                        "{\"PaymentType\":\"Cash\"}"),
                arguments("or over fields", "{\"body\":{\"$or\":[{\"Location\":[\"New York\"]},{\"Day\":[\"Monday\"]}]}}",
                        "{\"Location\":\"New York\",\"Day\":\"Tuesday\"}", "{\"Location\":\"Boston\",\"Day\":\"Friday\"}"),
                arguments("not", "{\"body\":{\"Weather\":[{\"anything-but\":[\"Raining\"]}]}}",
                        "{\"Weather\":\"Sunny\"}", "{\"Weather\":\"Raining\"}"),
                arguments("not needs the field", "{\"body\":{\"Weather\":[{\"anything-but\":\"Raining\"}]}}",
                        "{\"Weather\":\"Sunny\"}", "{\"Season\":\"Spring\"}"),
                arguments("numeric equals", "{\"body\":{\"Price\":[{\"numeric\":[\"=\",100]}]}}", "{\"Price\":100.0}",
                        "{\"Price\":101}"),
                arguments("numeric range", "{\"body\":{\"Price\":[{\"numeric\":[\">\",10,\"<=\",20]}]}}",
                        "{\"Price\":20}", "{\"Price\":10}"),
                arguments("numeric on a string", "{\"body\":{\"Price\":[{\"numeric\":[\">\",10]}]}}",
                        "{\"Price\":15.5}", "{\"Price\":\"15\"}"),
                arguments("exists", "{\"body\":{\"ProductName\":[{\"exists\":true}]}}", "{\"ProductName\":\"Tea\"}",
                        "{\"Product\":\"Tea\"}"),
                arguments("does not exist", "{\"body\":{\"ProductName\":[{\"exists\":false}]}}",
                        "{\"Product\":\"Tea\"}", "{\"ProductName\":\"Tea\"}"),
                arguments("begins with", "{\"body\":{\"Region\":[{\"prefix\":\"us-\"}]}}", "{\"Region\":\"us-east-1\"}",
                        "{\"Region\":\"eu-west-1\"}"),
                arguments("begins with ignoring case",
                        "{\"body\":{\"service\":[{\"prefix\":{\"equals-ignore-case\":\"eventb\"}}]}}",
                        "{\"service\":\"EventBridge\"}", "{\"service\":\"Lambda\"}"),
                arguments("ends with", "{\"body\":{\"FileName\":[{\"suffix\":\".png\"}]}}",
                        "{\"FileName\":\"cat.png\"}", "{\"FileName\":\"cat.jpg\"}"),
                arguments("ends with ignoring case",
                        "{\"body\":{\"FileName\":[{\"suffix\":{\"equals-ignore-case\":\".png\"}}]}}",
                        "{\"FileName\":\"CAT.PNG\"}", "{\"FileName\":\"cat.gif\"}"),
                arguments("wildcard", "{\"body\":{\"EventBusArn\":[{\"wildcard\":\"arn:aws:events:us-east-1:*:event-bus/*\"}]}}",
                        "{\"EventBusArn\":\"arn:aws:events:us-east-1:123456789012:event-bus/orders\"}",
                        "{\"EventBusArn\":\"arn:aws:events:eu-west-1:123456789012:event-bus/orders\"}"),
                arguments("anything but a prefix", "{\"body\":{\"Region\":[{\"anything-but\":{\"prefix\":\"us-\"}}]}}",
                        "{\"Region\":\"eu-west-1\"}", "{\"Region\":\"us-east-1\"}"),
                arguments("anything but a suffix", "{\"body\":{\"FileName\":[{\"anything-but\":{\"suffix\":\".png\"}}]}}",
                        "{\"FileName\":\"cat.jpg\"}", "{\"FileName\":\"cat.png\"}"),
                arguments("anything but ignoring case",
                        "{\"body\":{\"state\":[{\"anything-but\":{\"equals-ignore-case\":\"initializing\"}}]}}",
                        "{\"state\":\"running\"}", "{\"state\":\"INITIALIZING\"}"),
                arguments("anything but a wildcard",
                        "{\"body\":{\"FilePath\":[{\"anything-but\":{\"wildcard\":\"*/lib/*\"}}]}}",
                        "{\"FilePath\":\"/usr/bin/tea\"}", "{\"FilePath\":\"/usr/lib/tea\"}"),
                arguments("numbers compare by their text", "{\"body\":{\"a\":[300]}}", "{\"a\":300}",
                        "{\"a\":300.0}"),
                arguments("multi-level", "{\"body\":{\"Keys\":{\"Id\":{\"N\":[\"101\"]}}}}",
                        "{\"Keys\":{\"Id\":{\"N\":\"101\"}}}", "{\"Keys\":{\"Id\":{\"N\":\"102\"}}}"),
                arguments("SQS documentation", "{\"body\":{\"RequestCode\":[\"BBBB\"]}}",
                        "{\"RecordNumber\":1234,\"TimeStamp\":\"yyyy-mm-ddThh:mm:ss\",\"RequestCode\":\"BBBB\"}",
                        "{\"RecordNumber\":1234,\"TimeStamp\":\"yyyy-mm-ddThh:mm:ss\",\"RequestCode\":\"AAAA\"}"),
                arguments("array values", "{\"body\":{\"tags\":[\"tea\"]}}", "{\"tags\":[\"coffee\",\"tea\"]}",
                        "{\"tags\":[\"coffee\"]}"),
                arguments("boolean", "{\"body\":{\"paid\":[true]}}", "{\"paid\":true}", "{\"paid\":\"true\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperators")
    void documentedOperatorsMatchAndRefuse(String operator, String pattern, String matching, String other) {
        assertThat(matches(pattern, matching)).as("matches " + matching).isTrue();
        assertThat(matches(pattern, other)).as("does not match " + other).isFalse();
    }

    @Test
    void aPlainBodyMeetsAPlainPattern() {
        assertThat(matches("{\"body\":[\"hello\"]}", "hello")).isTrue();
        assertThat(matches("{\"body\":[{\"prefix\":\"he\"}]}", "hello")).isTrue();
    }

    @Test
    void aPlainBodyNeverMatchesAJsonPattern() {
        assertThat(matches("{\"body\":{\"a\":[{\"exists\":false}]}}", "hello")).isFalse();
    }

    @Test
    void aJsonBodyNeverMatchesAPlainPattern() {
        assertThat(matches("{\"body\":[{\"prefix\":\"{\"}]}", "{\"a\":1}")).isFalse();
        assertThat(matches("{\"body\":[{\"anything-but\":\"x\"}]}", "{\"a\":1}")).isFalse();
    }

    @Test
    void withoutABodyPatternOtherMembersOfTheRecordAreMatchedWhateverTheBody() {
        String pattern = "{\"attributes\":{\"ApproximateReceiveCount\":[\"1\"]}}";

        assertThat(matches(pattern, "hello")).isTrue();
        assertThat(matches(pattern, "{\"a\":1}")).isTrue();
        assertThat(matches("{\"eventSourceARN\":[{\"suffix\":\":other-queue\"}]}", "hello")).isFalse();
    }

    @Test
    void anyOfSeveralFiltersMayMatch() {
        ReceivedMessage message = new ReceivedMessage("id", "handle", "{\"kind\":\"refund\"}", "md5", null, Map.of(),
                Map.of());

        assertThat(codec.filter(List.of("{\"body\":{\"kind\":[\"order\"]}}", "{\"body\":{\"kind\":[\"refund\"]}}"))
                .matches(message, QUEUE, "us-west-2")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{}", "{\"a\":\"x\"}", "{\"a\":[]}", "{\"a\":[{\"unknown\":1}]}",
        "{\"a\":[{\"numeric\":[\"!\",1]}]}", "{\"a\":[{\"numeric\":[\">\"]}]}", "{\"a\":[{\"exists\":\"yes\"}]}",
        "{\"a\":[{\"prefix\":1}]}", "{\"$or\":[{\"a\":[1]}]}", "{\"a\":[[1]]}", "{\"a\":[1]} {}"})
    void patternsOutsideTheGrammarAreRefusedInLambdasWords(String pattern) {
        assertThatThrownBy(() -> codec.filter(List.of(pattern))).isInstanceOf(BaristaException.class)
                .hasMessage("Invalid filter pattern definition.");
    }
}
