package dev.barista.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterPatternTest {

    @Test
    void anEmptyOrBlankPatternOrABlankPhraseMatchesEverything() {
        for (String pattern : new String[] {null, "", "   ", "\" \""}) {
            assertThat(FilterPattern.parse(pattern).matches("anything")).isTrue();
            assertThat(FilterPattern.parse(pattern).indexQuery()).isEqualTo(IndexQuery.UNCONSTRAINED);
        }
    }

    @Test
    void aTermMatchesWholeWordsCaseSensitively() {
        FilterPattern error = FilterPattern.parse("ERROR");

        assertThat(error.matches("[ERROR 400] BAD REQUEST")).isTrue();
        assertThat(error.matches("ERROR")).isTrue();
        assertThat(error.matches("x=ERROR,")).isTrue();
        assertThat(error.matches("error")).isFalse();
        assertThat(error.matches("ERRORS")).isFalse();
        assertThat(error.matches("NOERROR")).isFalse();
    }

    @Test
    void everyTermMustOccurInAnyOrder() {
        FilterPattern both = FilterPattern.parse("ERROR ARGUMENTS");

        assertThat(both.matches("[ERROR 419] MISSING ARGUMENTS")).isTrue();
        assertThat(both.matches("ARGUMENTS then ERROR")).isTrue();
        assertThat(both.matches("[ERROR 400] BAD REQUEST")).isFalse();
    }

    @Test
    void aQuotedPhraseMatchesExactlyIncludingPunctuation() {
        FilterPattern phrase = FilterPattern.parse("\"INTERNAL SERVER ERROR\"");
        FilterPattern id = FilterPattern.parse("\"request-id-123\"");

        assertThat(phrase.matches("[ERROR 500] INTERNAL SERVER ERROR")).isTrue();
        assertThat(phrase.matches("INTERNAL ERROR SERVER")).isFalse();
        assertThat(id.matches("got request-id-123: ok")).isTrue();
        assertThat(id.matches("got request-id-1234")).isFalse();
    }

    @Test
    void questionMarkTermsAreAlternatives() {
        FilterPattern either = FilterPattern.parse("?ERROR ?WARN");

        assertThat(either.matches("WARN disk")).isTrue();
        assertThat(either.matches("ERROR disk")).isTrue();
        assertThat(either.matches("INFO disk")).isFalse();
        assertThat(either.indexQuery()).isEqualTo(new IndexQuery.AnyOf(List.of(new IndexQuery.Word("ERROR"),
                new IndexQuery.Word("WARN"))));
    }

    @Test
    void minusTermsExclude() {
        FilterPattern pattern = FilterPattern.parse("ERROR -\"MISSING ARGUMENTS\" -400");

        assertThat(pattern.matches("[ERROR 401] UNAUTHORIZED")).isTrue();
        assertThat(pattern.matches("[ERROR 400] BAD REQUEST")).isFalse();
        assertThat(pattern.matches("[ERROR 419] MISSING ARGUMENTS")).isFalse();
        assertThat(FilterPattern.parse("-DEBUG").matches("INFO x")).isTrue();
        assertThat(FilterPattern.parse("-DEBUG").indexQuery()).isEqualTo(IndexQuery.UNCONSTRAINED);
    }

    @Test
    void theIndexQueryOfTermsAsksForTheirWords() {
        assertThat(FilterPattern.parse("ERROR \"timed out\"").indexQuery()).isEqualTo(new IndexQuery.AllOf(List.of(
                new IndexQuery.Word("ERROR"), new IndexQuery.Word("timed"), new IndexQuery.Word("out"))));
        assertThat(FilterPattern.parse("\"!!\"").indexQuery()).isEqualTo(IndexQuery.UNCONSTRAINED);
    }

    @Test
    void jsonPatternsCompareStringsWithWildcards() {
        String event = "{\"eventType\":\"UpdateTrail\",\"sourceIPAddress\":\"123.123.4.5\",\"user\":{\"id\":1}}";

        assertThat(FilterPattern.parse("{ $.eventType = \"UpdateTrail\" }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.eventType = UpdateTrail }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.eventType != \"UpdateTrail\" }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.sourceIPAddress = 123.123.* }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.sourceIPAddress != 123.123.* }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.eventType = \"*Trail\" }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.eventType = \"updatetrail\" }").matches(event)).isFalse();
    }

    @Test
    void jsonPatternsCompareNumbers() {
        String event = "{\"bandwidth\":80,\"latency\":500.0,\"code\":\"200\"}";

        assertThat(FilterPattern.parse("{ $.bandwidth > 75 }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.bandwidth < 75 }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.latency <= 500 }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.latency >= 500.5 }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.latency = 5e2 }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.latency != 500 }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.code = 200 }").matches(event)).isFalse();
    }

    @Test
    void jsonPatternsSelectNestedMembersAndArrayElements() {
        String event = "{\"user\":{\"id\":1},\"users\":[{\"email\":\"John.Doe@example.com\"}],"
                + "\"actions\":[\"GET\",\"PUT\",\"DELETE\"]}";

        assertThat(FilterPattern.parse("{ $.user.id = 1 && $.users[0].email = \"John.Doe@example.com\" }")
                .matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ ($.user.id = 2 && $.users[0].email = \"x\") || $.actions[2] = \"DELETE\" }")
                .matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.user.id = 2 || $.actions[5] = \"GET\" }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.missing != \"x\" }").matches(event)).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        String event = "{\"a\":1,\"b\":2,\"c\":3}";

        assertThat(FilterPattern.parse("{ $.a = 9 && $.b = 9 || $.c = 3 }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.a = 9 && ($.b = 9 || $.c = 3) }").matches(event)).isFalse();
    }

    @Test
    void jsonPatternsTestNullBooleansAndAbsence() {
        String event = "{\"gone\":null,\"yes\":true,\"no\":false}";

        assertThat(FilterPattern.parse("{ $.gone IS NULL }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.yes IS TRUE }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.no IS FALSE }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.yes IS FALSE }").matches(event)).isFalse();
        assertThat(FilterPattern.parse("{ $.absent NOT EXISTS }").matches(event)).isTrue();
        assertThat(FilterPattern.parse("{ $.gone NOT EXISTS }").matches(event)).isFalse();
    }

    @Test
    void aJsonPatternDoesNotMatchAMessageThatIsNotJson() {
        FilterPattern pattern = FilterPattern.parse("{ $.level = \"ERROR\" }");

        assertThat(pattern.matches("level ERROR")).isFalse();
        assertThat(pattern.matches("{\"level\":\"ERROR\"")).isFalse();
        assertThat(pattern.matches("prefix {\"level\":\"ERROR\"}")).isFalse();
        assertThat(pattern.matches("  {\"level\" : \"ERROR\"}\n")).isTrue();
    }

    @Test
    void theIndexQueryOfAJsonEqualityAsksForTheMemberAndTheValue() {
        assertThat(FilterPattern.parse("{ $.level = \"ERROR\" }").indexQuery()).isEqualTo(new IndexQuery.AllOf(
                List.of(new IndexQuery.Word("level"), new IndexQuery.Word("ERROR"))));
        assertThat(FilterPattern.parse("{ $.latency > 3 }").indexQuery()).isEqualTo(new IndexQuery.Word("latency"));
        assertThat(FilterPattern.parse("{ $.a NOT EXISTS || $.b = 1 }").indexQuery())
                .isEqualTo(IndexQuery.UNCONSTRAINED);
        assertThat(FilterPattern.parse("{ $.msg = \"a\\\"b\" }").indexQuery()).isEqualTo(new IndexQuery.Word("msg"));
    }

    @Test
    void aRegularExpressionBetweenPercentSignsIsFoundAnywhere() {
        FilterPattern regex = FilterPattern.parse("%[Ee]rror|[Ff]ail%");

        assertThat(regex.matches("it failed: Error")).isTrue();
        assertThat(regex.matches("all good")).isFalse();
        assertThat(FilterPattern.parse("{ $.ip = %^10\\.% }").matches("{\"ip\":\"10.0.0.1\"}")).isTrue();
    }

    @Test
    void invalidPatternsAreInvalidParameters() {
        for (String pattern : new String[] {"{ $.a = }", "{ $.a > \"x\" }", "{ a = 1 }", "\"unclosed",
                "{ $.a = 1", "{ $.a IS MAYBE }", "%(%", "{ $.a = 1 $.b = 2 }"}) {
            assertThatThrownBy(() -> FilterPattern.parse(pattern)).as(pattern)
                    .isInstanceOfSatisfying(BaristaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE));
        }
    }

    @Test
    void spaceDelimitedPatternsAreRefusedByName() {
        assertThatThrownBy(() -> FilterPattern.parse("[ip, user, status=4*]"))
                .isInstanceOf(BaristaException.class).hasMessageContaining("space-delimited");
    }
}
