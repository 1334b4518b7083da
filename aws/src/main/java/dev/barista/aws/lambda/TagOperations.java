package dev.barista.aws.lambda;

import dev.barista.aws.lambda.wire.ListTagsOutput;
import dev.barista.aws.lambda.wire.TagResourceInput;
import dev.barista.aws.protocol.restjson.RestJsonRequest;
import dev.barista.aws.protocol.restjson.RestJsonResponse;
import dev.barista.core.function.FunctionService;

/** Tags of functions, named by ARN in the path. One thin method per operation. */
final class TagOperations {
    private static final String RESOURCE = "Resource";

    private final FunctionService functions;

    TagOperations(FunctionService functions) {
        this.functions = functions;
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_TagResource.html">TagResource</a>: 204. */
    RestJsonResponse tagResource(RestJsonRequest request) {
        functions.tag(request.label(RESOURCE), request.body(TagResourceInput.class).required());
        return RestJsonResponse.noContent();
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UntagResource.html">UntagResource</a>: 204; the
     * keys are the repeated query parameter {@code tagKeys}.
     */
    RestJsonResponse untagResource(RestJsonRequest request) {
        functions.untag(request.label(RESOURCE), request.queryAll("tagKeys"));
        return RestJsonResponse.noContent();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListTags.html">ListTags</a>. */
    RestJsonResponse listTags(RestJsonRequest request) {
        return RestJsonResponse.ok(new ListTagsOutput(functions.tags(request.label(RESOURCE))));
    }
}
