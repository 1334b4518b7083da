package dev.barista.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersOnly() {
        assertThat(JsonStrings.quoted("a \"b\" \\ c\n\r\t\u0001 é ✓"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\r\\t\\u0001 é ✓\"");
    }

    @Test
    void quotesTheEmptyString() {
        assertThat(JsonStrings.quoted("")).isEqualTo("\"\"");
    }
}
