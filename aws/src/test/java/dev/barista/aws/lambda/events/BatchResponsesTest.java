package dev.barista.aws.lambda.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.eventsource.BatchItemFailures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BatchResponsesTest {
    private final JacksonSqsEventCodec codec = new JacksonSqsEventCodec();

    private BatchItemFailures read(String response) {
        return codec.batchItemFailures(response.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "null", "{}", "{\"batchItemFailures\":null}", "{\"batchItemFailures\":[]}",
        "{\"somethingElse\":1}"})
    void responsesThatReportNothingAreFullSuccess(String response) {
        assertThat(read(response)).isEqualTo(new BatchItemFailures.None());
    }

    @Test
    void reportedIdentifiersAreReadInOrder() {
        assertThat(read("{\"batchItemFailures\":[{\"itemIdentifier\":\"b\"},{\"itemIdentifier\":\"a\"}]}"))
                .isEqualTo(new BatchItemFailures.Reported(Arrays.asList("b", "a")));
    }

    @Test
    void emptyNullAndMisspelledIdentifiersAreKeptForTheBatchToFail() {
        assertThat(read("{\"batchItemFailures\":[{\"itemIdentifier\":\"\"},{\"itemIdentifier\":null},"
                + "{\"itemId\":\"a\"}]}")).isEqualTo(new BatchItemFailures.Reported(Arrays.asList("", null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"batchItemFailures\":[]} trailing", "\"OK\"", "[1]", "42",
        "{\"batchItemFailures\":\"a\"}", "{\"batchItemFailures\":[\"a\"]}",
        "{\"batchItemFailures\":[{\"itemIdentifier\":7}]}"})
    void malformedResponsesAreUnreadable(String response) {
        assertThat(read(response)).isInstanceOf(BatchItemFailures.Unreadable.class);
    }
}
