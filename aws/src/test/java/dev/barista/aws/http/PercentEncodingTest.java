package dev.barista.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void decodesEscapesAsUtf8() {
        assertThat(PercentEncoding.decode("arn%3Aaws%3Alambda", false)).isEqualTo("arn:aws:lambda");
        assertThat(PercentEncoding.decode("caf%C3%A9%20bar", false)).isEqualTo("café bar");
        assertThat(PercentEncoding.decode("%24LATEST", false)).isEqualTo("$LATEST");
    }

    @Test
    void plusIsASpaceOnlyInQueries() {
        assertThat(PercentEncoding.decode("a+b", true)).isEqualTo("a b");
        assertThat(PercentEncoding.decode("a+b", false)).isEqualTo("a+b");
    }

    @Test
    void aMalformedEscapeStaysAsItIs() {
        assertThat(PercentEncoding.decode("100%", false)).isEqualTo("100%");
        assertThat(PercentEncoding.decode("%zz%4", false)).isEqualTo("%zz%4");
    }

    @Test
    void textWithoutEscapesIsReturnedAsIs() {
        String text = "my-function";

        assertThat(PercentEncoding.decode(text, true)).isSameAs(text);
    }

    @Test
    void encodesAllButUnreservedCharactersWithUpperCaseDigits() {
        assertThat(PercentEncoding.encode("a-z_0.9~")).isEqualTo("a-z_0.9~");
        assertThat(PercentEncoding.encode("my fn:$/é")).isEqualTo("my%20fn%3A%24%2F%C3%A9");
    }
}
