package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FunctionService#resolveForInvoke} reads through a cache: every kind of update is seen by the very next
 * resolve (each test resolves twice before the update, so the old answer is cached when the update happens).
 */
class FunctionServiceResolveCacheTest {
    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda";

    private final FunctionService service = new FunctionService(new InMemoryFunctionStore(), new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON311, Runtime.NODEJS20), new AccountSettings("000000000000", "us-east-1", 1000, 100),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), reference -> { });

    @BeforeEach
    void createFunction() {
        service.create(new CreateFunctionCommand("hello", "python3.11", ROLE, "index.handler", null, null, null, null,
                Map.of(), null, FakeCodeStore.zip("one"), null, null, null, null, null, false, Map.of()));
    }

    private FunctionConfiguration resolve(String qualifier, double draw) {
        service.resolveForInvoke("hello", qualifier, draw);
        return service.resolveForInvoke("hello", qualifier, draw).configuration();
    }

    private FunctionConfiguration resolve(String qualifier) {
        return resolve(qualifier, 0.0);
    }

    @Test
    void codeUpdateIsSeen() {
        String before = resolve(null).code().sha256Base64();

        service.updateCode(new UpdateFunctionCodeCommand("hello", FakeCodeStore.zip("two"), null, null, null, null,
                false, false, null));

        assertThat(service.resolveForInvoke("hello", null, 0.0).configuration().code().sha256Base64())
                .isNotEqualTo(before);
    }

    @Test
    void configurationUpdateIsSeen() {
        assertThat(resolve("$LATEST").handler()).isEqualTo("index.handler");

        service.updateConfiguration(new UpdateFunctionConfigurationCommand("hello", null, null, "other.handler",
                null, 7, null, null, Map.of("K", "V"), null, null, null, null));

        FunctionConfiguration after = service.resolveForInvoke("hello", "$LATEST", 0.0).configuration();
        assertThat(after.handler()).isEqualTo("other.handler");
        assertThat(after.timeoutSeconds()).isEqualTo(7);
        assertThat(after.environment()).containsEntry("K", "V");
    }

    @Test
    void publishedVersionIsFoundAndItsDeletionIsSeen() {
        assertThatThrownBy(() -> resolve("1")).isInstanceOf(BaristaException.class);

        service.publishVersion("hello", null, null, null);
        assertThat(resolve("1").version()).isEqualTo("1");

        service.delete("hello", "1");
        assertThatThrownBy(() -> service.resolveForInvoke("hello", "1", 0.0)).isInstanceOf(BaristaException.class);
    }

    @Test
    void aliasCreateUpdateRoutingAndDeleteAreSeen() {
        service.publishVersion("hello", null, null, null);
        service.updateConfiguration(new UpdateFunctionConfigurationCommand("hello", null, null, "two.handler",
                null, null, null, null, null, null, null, null, null));
        service.publishVersion("hello", null, null, null);
        assertThatThrownBy(() -> resolve("live")).isInstanceOf(BaristaException.class);

        service.createAlias(new AliasCommand("hello", "live", "1", null, null, null));
        assertThat(resolve("live", 0.1).version()).isEqualTo("1");

        service.updateAlias(new AliasCommand("hello", "live", "1", null, Map.of("2", 0.5), null));
        assertThat(service.resolveForInvoke("hello", "live", 0.1).configuration().version()).isEqualTo("2");
        assertThat(resolve("live", 0.9).version()).isEqualTo("1");

        service.updateAlias(new AliasCommand("hello", "live", "2", null, Map.of(), null));
        assertThat(service.resolveForInvoke("hello", "live", 0.9).configuration().version()).isEqualTo("2");

        service.deleteAlias("hello", "live");
        assertThatThrownBy(() -> service.resolveForInvoke("hello", "live", 0.9)).isInstanceOf(BaristaException.class);
    }

    @Test
    void functionDeletionAndRecreationAreSeen() {
        String before = resolve(null).revisionId();

        service.delete("hello", null);
        assertThatThrownBy(() -> service.resolveForInvoke("hello", null, 0.0)).isInstanceOf(BaristaException.class);
        assertThat(service.reservations()).doesNotContainKey("hello");

        createFunction();
        assertThat(service.resolveForInvoke("hello", null, 0.0).configuration().revisionId()).isNotEqualTo(before);
    }

    @Test
    void concurrencyPutAndDeleteAreSeen() {
        assertThat(service.reservations()).doesNotContainKey("hello");

        service.putConcurrency("hello", 3);
        assertThat(service.reservations()).containsEntry("hello", 3);

        service.putConcurrency("hello", 0);
        assertThat(service.reservations()).containsEntry("hello", 0);

        service.deleteConcurrency("hello");
        assertThat(service.reservations()).doesNotContainKey("hello");
    }
}
