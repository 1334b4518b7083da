package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.FUNCTIONS;
import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LambdaVersionsAndAliasesTest {
    private static final String ALIASES = FUNCTIONS + "/hello/aliases";

    private final LambdaFixture lambda = new LambdaFixture();

    @BeforeEach
    void createFunction() {
        lambda.create("hello");
    }

    @Test
    void publishVersionAnswers201WithTheVersionsQualifiedArn() {
        HttpResponse response = lambda.send("POST", FUNCTIONS + "/hello/versions", "{\"Description\":\"first\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(json(response).get("Version").asText()).isEqualTo("1");
        assertThat(json(response).get("FunctionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:hello:1");
        assertThat(json(response).get("Description").asText()).isEqualTo("first");
    }

    @Test
    void publishVersionAcceptsAnEmptyBody() {
        assertThat(lambda.send("POST", FUNCTIONS + "/hello/versions", null).status()).isEqualTo(201);
    }

    @Test
    void listVersionsQualifiesEveryArn() {
        lambda.send("POST", FUNCTIONS + "/hello/versions", null);

        JsonNode versions = json(lambda.send("GET", FUNCTIONS + "/hello/versions", null));

        assertThat(versions.get("Versions")).extracting(version -> version.get("FunctionArn").asText())
                .containsExactly("arn:aws:lambda:us-east-1:123456789012:function:hello:$LATEST",
                        "arn:aws:lambda:us-east-1:123456789012:function:hello:1");
        assertThat(versions.has("NextMarker")).isFalse();
    }

    @Test
    void createAliasAnswers201WithTheDocumentedShape() {
        lambda.send("POST", FUNCTIONS + "/hello/versions", null);

        HttpResponse response = lambda.send("POST", ALIASES,
                "{\"Name\":\"live\",\"FunctionVersion\":\"1\",\"Description\":\"production\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode alias = json(response);
        assertThat(alias).isEqualTo(TestRequests.json("""
                {"AliasArn":"arn:aws:lambda:us-east-1:123456789012:function:hello:live","Name":"live",
                 "FunctionVersion":"1","Description":"production","RevisionId":"%s"}
                """.formatted(alias.get("RevisionId").asText())));
    }

    @Test
    void anAliasMaySplitTrafficBetweenTwoVersions() {
        lambda.send("POST", FUNCTIONS + "/hello/versions", null);
        lambda.send("PUT", FUNCTIONS + "/hello/code", "{\"ZipFile\":\"" + LambdaFixture.zipBase64("v2") + "\"}");
        lambda.send("POST", FUNCTIONS + "/hello/versions", null);

        HttpResponse response = lambda.send("POST", ALIASES, "{\"Name\":\"canary\",\"FunctionVersion\":\"1\","
                + "\"RoutingConfig\":{\"AdditionalVersionWeights\":{\"2\":0.25}}}");

        assertThat(json(response).at("/RoutingConfig/AdditionalVersionWeights/2").asDouble()).isEqualTo(0.25);
    }

    @Test
    void getUpdateListAndDeleteAnAlias() {
        lambda.send("POST", FUNCTIONS + "/hello/versions", null);
        lambda.send("POST", ALIASES, "{\"Name\":\"live\",\"FunctionVersion\":\"1\"}");

        JsonNode updated = json(lambda.send("PUT", ALIASES + "/live", "{\"Description\":\"updated\"}"));
        JsonNode fetched = json(lambda.send("GET", ALIASES + "/live", null));
        JsonNode listed = json(lambda.send("GET", ALIASES + "?FunctionVersion=1", null));
        HttpResponse deleted = lambda.send("DELETE", ALIASES + "/live", null);

        assertThat(updated.get("Description").asText()).isEqualTo("updated");
        assertThat(fetched).isEqualTo(updated);
        assertThat(listed.get("Aliases")).containsExactly(updated);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(lambda.send("GET", ALIASES + "/live", null).status()).isEqualTo(404);
    }

    @Test
    void anAliasOfAMissingVersionIsNotFound() {
        HttpResponse response = lambda.send("POST", ALIASES, "{\"Name\":\"live\",\"FunctionVersion\":\"7\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    }
}
