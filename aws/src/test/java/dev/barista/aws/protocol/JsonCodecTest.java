package dev.barista.aws.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    private final JsonCodec json = new JsonCodec();

    record Input(@JsonProperty("Name") String name, @JsonProperty("Count") Integer count) {
    }

    @Test
    void anEmptyBodyBindsAsAnEmptyObject() {
        assertThat(json.read(new byte[0], Input.class)).isEqualTo(new Input(null, null));
    }

    @Test
    void unknownMembersAreIgnored() {
        assertThat(json.read(bytes("{\"Name\":\"a\",\"Other\":[1]}"), Input.class)).isEqualTo(new Input("a", null));
    }

    @Test
    void aBodyThatIsNotJsonTellsWhereItBroke() {
        assertThatThrownBy(() -> json.read(bytes("{\"Name\":}"), Input.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("Unexpected character ('}'")
                .hasMessageContaining("line: 1, column: 9");
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertThatThrownBy(() -> json.read(bytes("{} {}"), Input.class)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void nullMembersAreNotWritten() {
        assertThat(new String(json.write(new Input("a", null)), StandardCharsets.UTF_8)).isEqualTo("{\"Name\":\"a\"}");
        assertThat(new String(json.object("a", "1", "b", null, "c", "\"q\""), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"1\",\"c\":\"\\\"q\\\"\"}");
    }

    @Test
    void exactlyOneJsonValueIsAPayload() {
        json.requireSingleValue(bytes("{\"a\":[1,{\"b\":null}]}"));
        json.requireSingleValue(bytes(" 42 "));

        assertThatThrownBy(() -> json.requireSingleValue(bytes("1 2")))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageStartingWith("Unexpected token (VALUE_NUMBER_INT)");
        assertThatThrownBy(() -> json.requireSingleValue(bytes("   ")))
                .isInstanceOf(MalformedJsonException.class).hasMessageStartingWith("No content");
        assertThatThrownBy(() -> json.requireSingleValue(bytes("{\"a\":1")))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> json.requireSingleValue(new byte[] {'"', (byte) 0x97, '"'}))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("Invalid UTF-8");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
