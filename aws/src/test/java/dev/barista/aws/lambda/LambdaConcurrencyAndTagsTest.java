package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LambdaConcurrencyAndTagsTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:hello";
    private static final String TAGS = "/2017-03-31/tags/" + ARN.replace(":", "%3A");

    private final LambdaFixture lambda = new LambdaFixture();

    @BeforeEach
    void createFunction() {
        lambda.create("hello");
    }

    @Test
    void putGetAndDeleteReservedConcurrency() {
        HttpResponse put = lambda.send("PUT", "/2017-10-31/functions/hello/concurrency",
                "{\"ReservedConcurrentExecutions\":10}");
        HttpResponse get = lambda.send("GET", "/2019-09-30/functions/hello/concurrency", null);
        HttpResponse delete = lambda.send("DELETE", "/2017-10-31/functions/hello/concurrency", null);
        HttpResponse afterDelete = lambda.send("GET", "/2019-09-30/functions/hello/concurrency", null);

        assertThat(put.status()).isEqualTo(200);
        assertThat(json(put)).isEqualTo(TestRequests.json("{\"ReservedConcurrentExecutions\":10}"));
        assertThat(json(get)).isEqualTo(TestRequests.json("{\"ReservedConcurrentExecutions\":10}"));
        assertThat(delete.status()).isEqualTo(204);
        assertThat(json(afterDelete)).isEqualTo(TestRequests.json("{}"));
    }

    @Test
    void reservedConcurrencyIsRequired() {
        HttpResponse response = lambda.send("PUT", "/2017-10-31/functions/hello/concurrency", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    }

    @Test
    void reservingBelowTheUnreservedMinimumIsAnInvalidParameter() {
        HttpResponse response = lambda.send("PUT", "/2017-10-31/functions/hello/concurrency",
                "{\"ReservedConcurrentExecutions\":901}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidParameterValueException");
    }

    @Test
    void accountSettingsAnswerLimitsAndUsage() {
        lambda.send("PUT", "/2017-10-31/functions/hello/concurrency", "{\"ReservedConcurrentExecutions\":10}");

        HttpResponse response = lambda.send("GET", "/2016-08-19/account-settings", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(TestRequests.json("""
                {"AccountLimit":{"TotalCodeSize":80530636800,"CodeSizeUnzipped":262144000,"CodeSizeZipped":52428800,
                                 "ConcurrentExecutions":1000,"UnreservedConcurrentExecutions":990},
                 "AccountUsage":{"TotalCodeSize":7,"FunctionCount":1}}
                """));
    }

    @Test
    void tagListAndUntagAFunction() {
        HttpResponse tagged = lambda.send("POST", TAGS, "{\"Tags\":{\"team\":\"core\",\"stage\":\"dev\",\"x\":\"y\"}}");
        HttpResponse untagged = lambda.send("DELETE", TAGS + "?tagKeys=stage&tagKeys=x", null);
        HttpResponse listed = lambda.send("GET", TAGS, null);

        assertThat(tagged.status()).isEqualTo(204);
        assertThat(untagged.status()).isEqualTo(204);
        assertThat(json(listed)).isEqualTo(TestRequests.json("{\"Tags\":{\"team\":\"core\"}}"));
    }

    @Test
    void tagsAreRequired() {
        HttpResponse response = lambda.send("POST", TAGS, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    }
}
