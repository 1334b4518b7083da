package dev.barista.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigV4AuthorizationTest {

    @Test
    void parsesTheCredentialScopeSignedHeadersAndSignature() {
        SigV4Authorization authorization = SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"
                + "20240101/eu-west-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123")
                .orElseThrow();

        assertThat(authorization.credential())
                .isEqualTo(new CredentialScope("AKIDEXAMPLE", "20240101", "eu-west-1", "lambda"));
        assertThat(authorization.credential().scope()).isEqualTo("20240101/eu-west-1/lambda/aws4_request");
        assertThat(authorization.signedHeaders()).containsExactly("host", "x-amz-date");
        assertThat(authorization.signature()).isEqualTo("abc123");
    }

    @Test
    void acceptsComponentsWithoutSpacesAfterCommas() {
        assertThat(SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=K/20240101/us-east-1/sqs/aws4_request,"
                + "SignedHeaders=host,Signature=0")).isPresent();
    }

    @Test
    void anythingElseIsNotSigV4() {
        assertThat(SigV4Authorization.parse(null)).isEmpty();
        assertThat(SigV4Authorization.parse("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=K/20240101/us-east-1/lambda, "
                + "SignedHeaders=host, Signature=0")).isEmpty();
        assertThat(SigV4Authorization.parse("AWS4-HMAC-SHA256 SignedHeaders=host, Signature=0")).isEmpty();
    }
}
