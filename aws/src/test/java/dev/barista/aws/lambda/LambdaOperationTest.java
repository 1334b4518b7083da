package dev.barista.aws.lambda;

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
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;

class LambdaOperationTest {
    private static final String TABLE_START = "<!-- lambda-operations:start -->\n";
    private static final String TABLE_END = "<!-- lambda-operations:end -->";

    @Test
    void everyOperationOfTheSdkIsListedEitherImplementedOrNot() {
        // The asynchronous client, because only it has InvokeWithResponseStream.
        Set<String> sdkOperations = Arrays.stream(LambdaAsyncClient.class.getMethods())
                .filter(method -> method.getParameterCount() >= 1
                        && LambdaRequest.class.isAssignableFrom(method.getParameterTypes()[0]))
                .map(Method::getParameterTypes)
                .map(types -> types[0].getSimpleName().replaceFirst("Request$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(LambdaOperation.values()).map(LambdaOperation::operationName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).containsAll(sdkOperations);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(union(sdkOperations, "InvokeAsync"));
    }

    @Test
    void everyOperationIsRoutedAndOnlyImplementedOnesAreBound() {
        LambdaFixture fixture = new LambdaFixture();
        LambdaService service = new LambdaService(fixture.functions, new RecordingInvoker(), fixture.mappings,
                fixture.eventInvokeConfigs);

        assertThat(service.routes()).extracting(route -> route.operationName())
                .containsExactlyElementsOf(Arrays.stream(LambdaOperation.values())
                        .map(LambdaOperation::operationName).toList());
    }

    @Test
    void theReadmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);

        assertThat(start).as("README.md has the table markers").isNotNegative();
        assertThat(readme.substring(start + TABLE_START.length(), end))
                .as("aws/README.md: paste the output of LambdaSupportTable.markdown()")
                .isEqualTo(LambdaSupportTable.markdown());
    }

    private static Set<String> union(Set<String> names, String extra) {
        Set<String> union = new TreeSet<>(names);
        union.add(extra);
        return union;
    }
}
