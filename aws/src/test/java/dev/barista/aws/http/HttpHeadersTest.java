package dev.barista.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpHeadersTest {

    @Test
    void namesCompareIgnoringCase() {
        HttpHeaders headers = HttpHeaders.of("X-Amz-Target", "AmazonSQS.SendMessage");

        assertThat(headers.first("x-amz-target")).isEqualTo("AmazonSQS.SendMessage");
        assertThat(headers.contains("X-AMZ-TARGET")).isTrue();
        assertThat(headers.first("Content-Type")).isNull();
    }

    @Test
    void aNameKeepsItsFirstSpellingAndEveryValue() {
        HttpHeaders headers = HttpHeaders.builder().add("Accept", "a").add("accept", "b").build();
        List<String> seen = new ArrayList<>();

        headers.forEach((name, value) -> seen.add(name + "=" + value));

        assertThat(seen).containsExactly("Accept=a", "Accept=b");
        assertThat(headers.all("ACCEPT")).containsExactly("a", "b");
    }

    @Test
    void setReplacesEveryValue() {
        HttpHeaders headers = HttpHeaders.of("A", "1", "a", "2").toBuilder().set("A", "3").build();

        assertThat(headers.all("a")).containsExactly("3");
    }
}
