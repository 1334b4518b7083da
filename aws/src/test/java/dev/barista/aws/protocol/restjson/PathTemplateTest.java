package dev.barista.aws.protocol.restjson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.http.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
    private static final PathTemplate INVOKE = PathTemplate.parse("/2015-03-31/functions/{FunctionName}/invocations");

    @Test
    void labelsAreDecodedAfterSplittingSoAnEncodedSlashStaysInside() {
        assertThat(match(INVOKE, "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1/invocations", ""))
                .containsExactly(Map.entry("FunctionName", "arn:aws:lambda:us-east-1"));
        assertThat(match(INVOKE, "/2015-03-31/functions/a%2Fb/invocations", ""))
                .containsExactly(Map.entry("FunctionName", "a/b"));
    }

    @Test
    void aLabelDoesNotMatchAnEmptySegment() {
        assertThat(match(INVOKE, "/2015-03-31/functions//invocations", "")).isNull();
    }

    @Test
    void literalsAndTheNumberOfSegmentsMustMatch() {
        assertThat(match(INVOKE, "/2015-03-31/functions/f/invocation", "")).isNull();
        assertThat(match(INVOKE, "/2015-03-31/functions/f", "")).isNull();
        assertThat(match(INVOKE, "/2015-03-31/functions/f/invocations/more", "")).isNull();
    }

    @Test
    void aTrailingSlashIsInsignificantOnBothSides() {
        PathTemplate template = PathTemplate.parse("/2014-11-13/functions/{FunctionName}/invoke-async/");

        assertThat(match(template, "/2014-11-13/functions/f/invoke-async", "")).isNotNull();
        assertThat(match(INVOKE, "/2015-03-31/functions/f/invocations/", "")).isNotNull();
    }

    @Test
    void aRequiredQueryLiteralMustBePresent() {
        PathTemplate template =
                PathTemplate.parse("/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL");

        assertThat(match(template, "/2019-09-30/functions/f/provisioned-concurrency", "")).isNull();
        assertThat(match(template, "/2019-09-30/functions/f/provisioned-concurrency", "List=SOME")).isNull();
        assertThat(match(template, "/2019-09-30/functions/f/provisioned-concurrency", "Marker=m&List=ALL"))
                .containsEntry("FunctionName", "f");
    }

    @Test
    void aRequiredQueryAndMoreLiteralsAreMoreSpecific() {
        PathTemplate withQuery = PathTemplate.parse("/a/{B}?List=ALL");
        PathTemplate withoutQuery = PathTemplate.parse("/a/{B}");
        PathTemplate literal = PathTemplate.parse("/a/b");

        assertThat(withQuery.specificity()).isGreaterThan(withoutQuery.specificity());
        assertThat(literal.specificity()).isGreaterThan(withQuery.specificity());
        assertThat(withQuery.firstSegment()).isEqualTo("a");
    }

    private static Map<String, String> match(PathTemplate template, String path, String query) {
        return template.match(RawPath.segments(path), QueryParameters.parse(query));
    }
}
