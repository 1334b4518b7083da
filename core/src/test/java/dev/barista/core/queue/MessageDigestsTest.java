package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageDigestsTest {

    @Test
    void theBodyDigestIsTheMd5OfItsUtf8() {
        assertThat(MessageDigests.md5OfBody("hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(MessageDigests.md5OfBody("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void attributesAreDigestedInNameOrderWithLengthsAndTransportTypes() throws Exception {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("b", new MessageAttributeValue("Binary", null, new byte[] {1, 2, 3}));
        attributes.put("a", new MessageAttributeValue("Number.int", "42", null));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {0, 0, 0, 1, 'a', 0, 0, 0, 10});
        expected.writeBytes("Number.int".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {1, 0, 0, 0, 2, '4', '2'});
        expected.writeBytes(new byte[] {0, 0, 0, 1, 'b', 0, 0, 0, 6});
        expected.writeBytes("Binary".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {2, 0, 0, 0, 3, 1, 2, 3});

        assertThat(MessageDigests.md5OfAttributes(attributes)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("MD5").digest(expected.toByteArray())));
    }

    @Test
    void noAttributesHaveNoDigest() {
        assertThat(MessageDigests.md5OfAttributes(Map.of())).isNull();
    }
}
