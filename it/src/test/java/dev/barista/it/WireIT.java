package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the SDK hides: Lambda's REST-JSON error envelope, as other clients (CLI, boto3, curl users) read it. */
@ExtendWith(BaristaExtension.class)
class WireIT {
    private final Barista barista;

    WireIT(Barista barista) {
        this.barista = barista;
    }

    @Test
    void anErrorCarriesItsCodeInXAmznErrorTypeAndALambdaErrorBody() throws Exception {
        String name = Barista.uniqueName("wire-missing");
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(URI.create(barista.endpointUrl()
                    + "/2015-03-31/functions/" + name)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(
                type -> assertThat(type).startsWith("ResourceNotFoundException"));
        assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(
                id -> assertThat(id).isNotBlank());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("json"));
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("Type").asText()).isEqualTo("User");
        JsonNode message = body.has("Message") ? body.get("Message") : body.get("message");
        assertThat(message.asText()).isEqualTo("Function not found: arn:aws:lambda:us-east-1:"
                + BaristaExtension.ACCOUNT_ID + ":function:" + name);
    }
}
