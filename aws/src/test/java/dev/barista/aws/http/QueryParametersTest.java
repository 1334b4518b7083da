package dev.barista.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aRepeatedParameterKeepsEveryValueInOrder() {
        QueryParameters query = QueryParameters.parse("tagKeys=a&Marker=m&tagKeys=b");

        assertThat(query.all("tagKeys")).containsExactly("a", "b");
        assertThat(query.first("Marker")).isEqualTo("m");
    }

    @Test
    void namesAndValuesAreDecoded() {
        QueryParameters query = QueryParameters.parse("Qualifier=%24LATEST&Message+Body=hello+world%21");

        assertThat(query.first("Qualifier")).isEqualTo("$LATEST");
        assertThat(query.first("Message Body")).isEqualTo("hello world!");
    }

    @Test
    void aParameterWithoutValueHasTheEmptyValue() {
        QueryParameters query = QueryParameters.parse("flag&other=&&x=1");

        assertThat(query.first("flag")).isEmpty();
        assertThat(query.first("other")).isEmpty();
        assertThat(query.first("x")).isEqualTo("1");
        assertThat(query.asMap()).containsOnlyKeys("flag", "other", "x");
    }

    @Test
    void anAbsentParameterIsNull() {
        assertThat(QueryParameters.parse("").first("x")).isNull();
        assertThat(QueryParameters.parse(null).all("x")).isEmpty();
    }
}
