package dev.barista.aws.logs;

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
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsRequest;

class LogsOperationTest {
    private static final String TABLE_START = "<!-- logs-operations:start -->\n";
    private static final String TABLE_END = "<!-- logs-operations:end -->";

    @Test
    void everyOperationOfTheSdkIsListedEitherImplementedOrNot() {
        // The asynchronous client, because only it has the event-stream operation StartLiveTail.
        Set<String> sdkOperations = Arrays.stream(CloudWatchLogsAsyncClient.class.getMethods())
                .filter(method -> method.getParameterCount() >= 1
                        && CloudWatchLogsRequest.class.isAssignableFrom(method.getParameterTypes()[0]))
                .map(Method::getParameterTypes)
                .map(types -> types[0].getSimpleName().replaceFirst("Request$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(LogsOperation.values()).map(LogsOperation::operationName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(sdkOperations);
    }

    @Test
    void theReadmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);

        assertThat(start).as("README.md has the table markers").isNotNegative();
        assertThat(readme.substring(start + TABLE_START.length(), end))
                .as("aws/README.md: paste the output of LogsSupportTable.markdown()")
                .isEqualTo(LogsSupportTable.markdown());
    }
}
