package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** TagResource, UntagResource and ListTags on a function ARN. */
@ExtendWith(BaristaExtension.class)
class TagsIT {
    private final Barista barista;
    private final LambdaClient lambda;

    TagsIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String name = Barista.uniqueName("tagged");
        String arn = barista.createPython(name, request -> request.tags(Map.of("team", "core"))).functionArn();

        assertThat(lambda.listTags(request -> request.resource(arn)).tags()).containsExactlyEntriesOf(Map.of("team", "core"));

        lambda.tagResource(request -> request.resource(arn).tags(Map.of("stage", "test", "team", "platform")));
        assertThat(lambda.listTags(request -> request.resource(arn)).tags())
                .isEqualTo(Map.of("team", "platform", "stage", "test"));
        assertThat(lambda.getFunction(request -> request.functionName(name)).tags())
                .isEqualTo(Map.of("team", "platform", "stage", "test"));

        lambda.untagResource(request -> request.resource(arn).tagKeys("team", "absent"));
        assertThat(lambda.listTags(request -> request.resource(arn)).tags()).isEqualTo(Map.of("stage", "test"));
    }

    @Test
    void tagsOfAFunctionThatDoesNotExistAreResourceNotFound() {
        String arn = "arn:aws:lambda:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":function:" + Barista.uniqueName("untagged");

        assertAwsError(404, "ResourceNotFoundException", () -> lambda.listTags(request -> request.resource(arn)));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.tagResource(request -> request.resource(arn).tags(Map.of("a", "b"))));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.untagResource(request -> request.resource(arn).tagKeys("a")));
    }
}
