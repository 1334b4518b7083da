package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StringMapEncodingTest {

    @Test
    void entriesAreWrittenInKeyOrderWithTheirLengths() {
        assertThat(StringMapEncoding.encode(Map.of("b", "2:x", "a", ""))).isEqualTo("1:a0:1:b3:2:x");
    }

    @Test
    void theEmptyMapIsTheEmptyText() {
        assertThat(StringMapEncoding.encode(Map.of())).isEmpty();
        assertThat(StringMapEncoding.decode("")).isEmpty();
    }

    @Test
    void anyContentSurvivesTheRoundTrip() {
        var map = Map.of("1:", "3:abc", ":", "", "multi\nline", "κόσμε 🌍", "", "empty key", "9", "9:999999999");

        assertThat(StringMapEncoding.decode(StringMapEncoding.encode(map))).isEqualTo(map);
    }

    @Test
    void truncatedTextIsRefused() {
        assertThatThrownBy(() -> StringMapEncoding.decode("1:a5:ab")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StringMapEncoding.decode("1:a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StringMapEncoding.decode("x:a")).isInstanceOf(IllegalStateException.class);
    }
}
