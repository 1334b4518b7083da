package dev.barista.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsRequest;

class SqsOperationTest {
    private static final String TABLE_START = "<!-- sqs-operations:start -->\n";
    private static final String TABLE_END = "<!-- sqs-operations:end -->";

    @Test
    void everyOperationOfTheSdkIsListedEitherImplementedOrNot() {
        Set<String> sdkOperations = Arrays.stream(SqsClient.class.getMethods())
                .filter(method -> method.getParameterCount() == 1
                        && SqsRequest.class.isAssignableFrom(method.getParameterTypes()[0]))
                .map(Method::getParameterTypes)
                .map(types -> types[0].getSimpleName().replaceFirst("Request$", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(Arrays.stream(SqsOperation.values()).map(SqsOperation::operationName))
                .containsExactlyInAnyOrderElementsOf(sdkOperations);
    }

    @Test
    void theReadmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);

        assertThat(start).as("README.md has the table markers").isNotNegative();
        assertThat(readme.substring(start + TABLE_START.length(), end))
                .as("aws/README.md: paste the output of SqsSupportTable.markdown()")
                .isEqualTo(SqsSupportTable.markdown());
    }
}
