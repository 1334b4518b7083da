package dev.barista.core.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {
    @Test
    void writesDistinctVersionFourUuidsInTheirUsualForm() {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < 10_000; index++) {
            String id = RandomUuids.next();
            UUID parsed = UUID.fromString(id);

            assertThat(parsed.version()).isEqualTo(4);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(seen.add(id)).isTrue();
        }
    }
}
