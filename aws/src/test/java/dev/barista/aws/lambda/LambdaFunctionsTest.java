package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.FUNCTIONS;
import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.core.function.FakeCodeStore;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LambdaFunctionsTest {
    private final LambdaFixture lambda = new LambdaFixture();

    @Test
    void createFunctionAnswers201WithTheDocumentedConfigurationShape() throws Exception {
        HttpResponse response = lambda.create("hello");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("request-1");
        ObjectNode actual = (ObjectNode) json(response);
        assertThat(actual.get("RevisionId").asText()).matches("[0-9a-f-]{36}");
        assertThat(actual.at("/RuntimeVersionConfig/RuntimeVersionArn").asText())
                .matches("arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}");
        String sha = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(FakeCodeStore.zip("hello")));
        JsonNode expected = TestRequests.json("""
                {"FunctionName":"hello","FunctionArn":"arn:aws:lambda:us-east-1:123456789012:function:hello",
                 "Runtime":"python3.12","Role":"arn:aws:iam::123456789012:role/lambda-role","Handler":"app.handler",
                 "CodeSize":7,"Description":"","Timeout":3,"MemorySize":128,
                 "LastModified":"2024-01-01T12:00:00.000+0000","CodeSha256":"%s","Version":"$LATEST",
                 "TracingConfig":{"Mode":"PassThrough"},"RevisionId":"%s","State":"Active",
                 "LastUpdateStatus":"Successful","PackageType":"Zip","Architectures":["x86_64"],
                 "EphemeralStorage":{"Size":512},"SnapStart":{"ApplyOn":"None","OptimizationStatus":"Off"},
                 "RuntimeVersionConfig":{"RuntimeVersionArn":"%s"},
                 "LoggingConfig":{"LogFormat":"Text","LogGroup":"/aws/lambda/hello"}}
                """.formatted(sha, actual.get("RevisionId").asText(),
                actual.at("/RuntimeVersionConfig/RuntimeVersionArn").asText()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void createFunctionAnswersTheEnvironmentAndSettingsGiven() {
        HttpResponse response = lambda.send("POST", FUNCTIONS, LambdaFixture.createBody("configured",
                ",\"Timeout\":30,\"MemorySize\":512,\"Environment\":{\"Variables\":{\"STAGE\":\"test\"}},"
                        + "\"EphemeralStorage\":{\"Size\":1024},\"Architectures\":[\"arm64\"],\"Description\":\"d\""));

        JsonNode configuration = json(response);
        assertThat(response.status()).isEqualTo(201);
        assertThat(configuration.at("/Environment/Variables/STAGE").asText()).isEqualTo("test");
        assertThat(configuration.get("Timeout").asInt()).isEqualTo(30);
        assertThat(configuration.get("MemorySize").asInt()).isEqualTo(512);
        assertThat(configuration.at("/EphemeralStorage/Size").asInt()).isEqualTo(1024);
        assertThat(configuration.at("/Architectures/0").asText()).isEqualTo("arm64");
        assertThat(configuration.get("Description").asText()).isEqualTo("d");
    }

    @Test
    void createFunctionWithPublishAnswersTheFirstVersion() {
        JsonNode configuration = json(lambda.send("POST", FUNCTIONS,
                LambdaFixture.createBody("published", ",\"Publish\":true")));

        assertThat(configuration.get("Version").asText()).isEqualTo("1");
        assertThat(configuration.get("FunctionArn").asText()).endsWith(":function:published:1");
    }

    @Test
    void aDeadLetterQueueIsStoredAndAnsweredAndAnUnsupportedTargetRefused() {
        HttpResponse created = lambda.send("POST", FUNCTIONS, LambdaFixture.createBody("dead",
                ",\"DeadLetterConfig\":{\"TargetArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq\"}"));
        HttpResponse cleared = lambda.send("PUT", FUNCTIONS + "/dead/configuration", "{\"DeadLetterConfig\":{}}");
        HttpResponse lambdaTarget = lambda.send("POST", FUNCTIONS, LambdaFixture.createBody("lambda-target",
                ",\"DeadLetterConfig\":{\"TargetArn\":\"arn:aws:lambda:us-east-1:123456789012:function:x\"}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(json(created).get("DeadLetterConfig").get("TargetArn").asText())
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:dlq");
        assertThat(json(cleared).has("DeadLetterConfig")).isFalse();
        assertThat(lambdaTarget.status()).isEqualTo(400);
        assertThat(lambdaTarget.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidParameterValueException");
        assertThat(json(lambdaTarget).get("message").asText()).isEqualTo("Invalid dead letter queue ARN: The service"
                + " specified by the TargetArn is not supported for dead letter configuration.");
    }

    @Test
    void creatingAnExistingFunctionIsAConflict() {
        lambda.create("twice");

        HttpResponse response = lambda.create("twice");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ResourceConflictException");
        assertThat(json(response).get("Type").asText()).isEqualTo("User");
    }

    @Test
    void aBodyThatIsNotJsonIsInvalidRequestContent() {
        HttpResponse response = lambda.send("POST", FUNCTIONS, "{\"FunctionName\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
        assertThat(json(response).get("message").asText()).startsWith("Could not parse request body into json: ");
    }

    @Test
    void aMemberOfTheWrongTypeIsInvalidRequestContent() {
        HttpResponse response = lambda.send("POST", FUNCTIONS, "{\"FunctionName\":\"x\",\"Timeout\":\"soon\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
    }

    @Test
    void getFunctionAnswersTheConfigurationAndACodeLocationOnThisServer() {
        JsonNode created = json(lambda.create("hello"));

        HttpResponse response = lambda.send("GET", FUNCTIONS + "/hello", null, "Host", "barista.local:9000");

        JsonNode function = json(response);
        assertThat(response.status()).isEqualTo(200);
        assertThat(function.get("Configuration")).isEqualTo(created);
        assertThat(function.at("/Code/RepositoryType").asText()).isEqualTo("S3");
        assertThat(function.at("/Code/Location").asText()).isEqualTo("http://barista.local:9000/_barista/code/"
                + CodeLocations.pathSegment(created.get("CodeSha256").asText()));
        assertThat(function.has("Tags")).isFalse();
        assertThat(function.has("Concurrency")).isFalse();
    }

    @Test
    void getFunctionAnswersTagsAndReservedConcurrencyWhenThereAreSome() {
        lambda.send("POST", FUNCTIONS, LambdaFixture.createBody("tagged", ",\"Tags\":{\"team\":\"core\"}"));
        lambda.send("PUT", "/2017-10-31/functions/tagged/concurrency", "{\"ReservedConcurrentExecutions\":5}");

        JsonNode function = json(lambda.send("GET", FUNCTIONS + "/tagged", null));

        assertThat(function.at("/Tags/team").asText()).isEqualTo("core");
        assertThat(function.at("/Concurrency/ReservedConcurrentExecutions").asInt()).isEqualTo(5);
    }

    @Test
    void aFunctionMayBeNamedByItsArnWithColonsEncodedOrNot() {
        lambda.create("hello");
        String arn = "arn:aws:lambda:us-east-1:123456789012:function:hello";

        assertThat(lambda.send("GET", FUNCTIONS + "/" + arn.replace(":", "%3A"), null).status()).isEqualTo(200);
        assertThat(lambda.send("GET", FUNCTIONS + "/" + arn, null).status()).isEqualTo(200);
    }

    @Test
    void aMissingFunctionIsResourceNotFoundInLambdasEnvelope() {
        HttpResponse response = lambda.send("GET", FUNCTIONS + "/missing", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("request-1");
        assertThat(json(response)).isEqualTo(TestRequests.json("""
                {"Type":"User","message":"Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing"}
                """));
    }

    @Test
    void getFunctionConfigurationOfANamedVersionQualifiesTheArn() {
        lambda.create("hello");

        JsonNode latest = json(lambda.send("GET", FUNCTIONS + "/hello/configuration?Qualifier=%24LATEST", null));

        assertThat(latest.get("FunctionArn").asText()).endsWith(":function:hello:$LATEST");
    }

    @Test
    void listFunctionsPagesWithMarkerAndMaxItems() {
        lambda.create("a");
        lambda.create("b");
        lambda.create("c");

        JsonNode first = json(lambda.send("GET", FUNCTIONS + "?MaxItems=2", null));
        JsonNode second = json(lambda.send("GET", FUNCTIONS + "?MaxItems=2&Marker="
                + first.get("NextMarker").asText(), null));

        assertThat(first.get("Functions")).extracting(function -> function.get("FunctionName").asText())
                .containsExactly("a", "b");
        assertThat(first.get("Functions").get(0).get("FunctionArn").asText()).endsWith(":function:a");
        assertThat(second.get("Functions")).extracting(function -> function.get("FunctionName").asText())
                .containsExactly("c");
        assertThat(second.has("NextMarker")).isFalse();
    }

    @Test
    void listFunctionsOfAllVersionsQualifiesLatest() {
        lambda.send("POST", FUNCTIONS, LambdaFixture.createBody("versioned", ",\"Publish\":true"));

        JsonNode listing = json(lambda.send("GET", FUNCTIONS + "?FunctionVersion=ALL", null));

        assertThat(listing.get("Functions")).extracting(function -> function.get("FunctionArn").asText())
                .containsExactly("arn:aws:lambda:us-east-1:123456789012:function:versioned:$LATEST",
                        "arn:aws:lambda:us-east-1:123456789012:function:versioned:1");
    }

    @Test
    void listFunctionsRefusesAFunctionVersionOtherThanAll() {
        HttpResponse response = lambda.send("GET", FUNCTIONS + "?FunctionVersion=LATEST", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
        assertThat(json(response).get("message").asText()).contains("Member must satisfy enum value set: [ALL]");
    }

    @Test
    void listFunctionsRefusesMaxItemsThatIsNotANumber() {
        HttpResponse response = lambda.send("GET", FUNCTIONS + "?MaxItems=many", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    }

    @Test
    void updateFunctionCodeAnswersTheNewCode() {
        JsonNode created = json(lambda.create("hello"));

        HttpResponse response = lambda.send("PUT", FUNCTIONS + "/hello/code",
                "{\"ZipFile\":\"" + LambdaFixture.zipBase64("new code") + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("CodeSha256")).isNotEqualTo(created.get("CodeSha256"));
        assertThat(json(response).get("RevisionId")).isNotEqualTo(created.get("RevisionId"));
    }

    @Test
    void updateFunctionConfigurationAnswersTheNewSettings() {
        lambda.create("hello");

        HttpResponse response = lambda.send("PUT", FUNCTIONS + "/hello/configuration",
                "{\"Timeout\":60,\"Environment\":{\"Variables\":{\"A\":\"1\"}}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("Timeout").asInt()).isEqualTo(60);
        assertThat(json(response).at("/Environment/Variables/A").asText()).isEqualTo("1");
    }

    @Test
    void anUpdateWithAStaleRevisionIsAFailedPrecondition() {
        lambda.create("hello");

        HttpResponse response = lambda.send("PUT", FUNCTIONS + "/hello/configuration",
                "{\"Timeout\":60,\"RevisionId\":\"stale\"}");

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("PreconditionFailedException");
    }

    @Test
    void deleteFunctionAnswers204WithoutABody() {
        lambda.create("hello");

        HttpResponse response = lambda.send("DELETE", FUNCTIONS + "/hello", null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().contains("Content-Type")).isFalse();
        assertThat(lambda.send("GET", FUNCTIONS + "/hello", null).status()).isEqualTo(404);
    }
}
