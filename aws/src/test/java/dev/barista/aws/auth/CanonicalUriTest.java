package dev.barista.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUriTest {

    @Test
    void servicesOtherThanS3EncodePathSegmentsTwice() {
        assertThat(CanonicalUri.of("/2015-03-31/functions/my%20fn/invocations", "lambda"))
                .isEqualTo("/2015-03-31/functions/my%2520fn/invocations");
        assertThat(CanonicalUri.of("/2015-03-31/functions/arn%3Aaws%3Alambda/invocations", "lambda"))
                .isEqualTo("/2015-03-31/functions/arn%253Aaws%253Alambda/invocations");
    }

    @Test
    void aCharacterTheClientLeftUnencodedIsEncodedLikeTheClientSignedIt() {
        assertThat(CanonicalUri.of("/2015-03-31/functions/arn:aws/invocations", "lambda"))
                .isEqualTo("/2015-03-31/functions/arn%253Aaws/invocations");
    }

    @Test
    void s3EncodesOnceAndKeepsDotSegments() {
        assertThat(CanonicalUri.of("/bucket/my%20key/./x", "s3")).isEqualTo("/bucket/my%20key/./x");
    }

    @Test
    void otherServicesNormalizeDotSegments() {
        assertThat(CanonicalUri.of("/a/./b/../c", "lambda")).isEqualTo("/a/c");
    }

    @Test
    void theRootIsASlash() {
        assertThat(CanonicalUri.of("/", "sqs")).isEqualTo("/");
        assertThat(CanonicalUri.of("", "sqs")).isEqualTo("/");
    }
}
