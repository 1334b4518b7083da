package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.Support;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LambdaRoutingTest {
    private final LambdaFixture lambda = new LambdaFixture();

    static Stream<LambdaOperation> notImplemented() {
        return Arrays.stream(LambdaOperation.values())
                .filter(operation -> operation.support() == Support.NOT_IMPLEMENTED);
    }

    @ParameterizedTest
    @MethodSource("notImplemented")
    void everyOperationBaristaLacksAnswers501NamingIt(LambdaOperation operation) {
        HttpResponse response = lambda.send(operation.method(), concrete(operation), "{}");

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("NotImplemented");
        assertThat(json(response)).isEqualTo(TestRequests.json("{\"Type\":\"User\",\"message\":\"Barista does not"
                + " support the Lambda operation " + operation.operationName() + " yet.\"}"));
    }

    @Test
    void aRequiredQueryLiteralTellsTwoOperationsOnOnePathApart() {
        HttpResponse list = lambda.send("GET",
                "/2019-09-30/functions/hello/provisioned-concurrency?List=ALL&MaxItems=5", null);
        HttpResponse get = lambda.send("GET", "/2019-09-30/functions/hello/provisioned-concurrency?Qualifier=1",
                null);

        assertThat(json(list).get("message").asText()).contains("ListProvisionedConcurrencyConfigs");
        assertThat(json(get).get("message").asText()).contains("GetProvisionedConcurrencyConfig");
    }

    @Test
    void aTrailingSlashIsInsignificant() {
        assertThat(lambda.send("GET", "/2015-03-31/functions/", null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownPathUnderALambdaPrefixIsAnUnknownOperationInLambdasEnvelope() {
        HttpResponse response = lambda.send("GET", "/2015-03-31/bogus", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
        assertThat(json(response).get("Type").asText()).isEqualTo("User");
        assertThat(json(response).get("message").asText())
                .isEqualTo("No Lambda operation matches GET /2015-03-31/bogus.");
    }

    @Test
    void aKnownPathWithAnotherMethodIsAnUnknownOperation() {
        HttpResponse response = lambda.send("PATCH", "/2015-03-31/functions/hello", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
    }

    @Test
    void aPathOfNoServiceIsAnUnknownOperation() {
        HttpResponse response = lambda.send("GET", "/nothing/here", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
    }

    /** The operation's path with every label filled in. */
    private static String concrete(LambdaOperation operation) {
        return operation.path().toString().replaceAll("\\{[^}]+}", "x");
    }
}
