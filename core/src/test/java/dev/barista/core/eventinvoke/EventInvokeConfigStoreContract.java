package dev.barista.core.eventinvoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Alias;
import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Page;
import dev.barista.core.function.Runtime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link EventInvokeConfigStore} keeps, together with the {@link FunctionStore} whose
 * functions, versions and aliases its configurations belong to. An implementation's test extends this class.
 */
public abstract class EventInvokeConfigStoreContract {
    private static final Instant MODIFIED = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:failures";

    private FunctionStore functions;
    private EventInvokeConfigStore store;

    /** Stores over one fresh, empty database. Called before each test; the subclass closes them after each test. */
    protected abstract Stores newStores();

    public record Stores(FunctionStore functions, EventInvokeConfigStore configs) {
    }

    @BeforeEach
    final void openStores() {
        Stores stores = newStores();
        functions = stores.functions();
        store = stores.configs();
        functions.create(latest("orders"), Map.of());
        functions.insertVersion(latest("orders").withVersion("1", revision(), MODIFIED));
        functions.createAlias(new Alias("orders", "live", "1", "", Map.of(), revision()));
    }

    @Test
    void aStoredConfigurationIsFoundWithEveryField() {
        EventInvokeConfig config = new EventInvokeConfig("orders", "$LATEST", 1, 3600,
                "arn:aws:lambda:us-east-1:123456789012:function:audit", QUEUE, MODIFIED);

        assertThat(store.put(config)).isTrue();

        assertThat(store.find("orders", "$LATEST")).contains(config);
        assertThat(store.find("orders", "1")).isEmpty();
    }

    @Test
    void unsetFieldsStayUnset() {
        EventInvokeConfig config = new EventInvokeConfig("orders", "live", null, null, null, null, MODIFIED);

        store.put(config);

        assertThat(store.find("orders", "live")).contains(config);
    }

    @Test
    void lastModifiedIsKeptToTheMillisecond() {
        store.put(new EventInvokeConfig("orders", "1", 0, null, null, null,
                Instant.parse("2026-11-22T10:15:30.123456789Z")));

        assertThat(store.find("orders", "1").orElseThrow().lastModified())
                .isEqualTo(Instant.parse("2026-11-22T10:15:30.123Z"));
    }

    @Test
    void putReplacesTheConfigurationOfTheQualifier() {
        store.put(new EventInvokeConfig("orders", "1", 2, 60, null, QUEUE, MODIFIED));
        EventInvokeConfig replacement = new EventInvokeConfig("orders", "1", 0, null, null, null,
                MODIFIED.plusSeconds(1));

        store.put(replacement);

        assertThat(store.find("orders", "1")).contains(replacement);
    }

    @Test
    void aConfigurationNeedsItsFunctionVersionOrAlias() {
        assertThat(store.put(config("missing", "$LATEST"))).isFalse();
        assertThat(store.put(config("orders", "7"))).isFalse();
        assertThat(store.put(config("orders", "canary"))).isFalse();
        assertThat(store.find("orders", "7")).isEmpty();
    }

    @Test
    void deleteRemovesOneQualifiersConfiguration() {
        store.put(config("orders", "$LATEST"));
        store.put(config("orders", "live"));

        assertThat(store.delete("orders", "live")).isTrue();
        assertThat(store.delete("orders", "live")).isFalse();

        assertThat(store.find("orders", "live")).isEmpty();
        assertThat(store.find("orders", "$LATEST")).isPresent();
    }

    @Test
    void configurationsGoWithTheirFunction() {
        store.put(config("orders", "$LATEST"));
        store.put(config("orders", "1"));
        store.put(config("orders", "live"));

        functions.delete("orders");

        assertThat(store.find("orders", "$LATEST")).isEmpty();
        assertThat(store.find("orders", "1")).isEmpty();
        assertThat(store.find("orders", "live")).isEmpty();
    }

    @Test
    void aConfigurationGoesWithItsVersionOrAlias() {
        functions.insertVersion(latest("orders").withVersion("2", revision(), MODIFIED));
        store.put(config("orders", "$LATEST"));
        store.put(config("orders", "2"));
        store.put(config("orders", "live"));

        functions.deleteAlias("orders", "live");
        functions.deleteVersion("orders", "2");

        assertThat(store.find("orders", "live")).isEmpty();
        assertThat(store.find("orders", "2")).isEmpty();
        assertThat(store.find("orders", "$LATEST")).isPresent();
    }

    @Test
    void updatingTheFunctionOrAliasKeepsTheirConfigurations() {
        store.put(config("orders", "$LATEST"));
        store.put(config("orders", "live"));
        FunctionConfiguration current = functions.find("orders", "$LATEST").orElseThrow();
        Alias alias = functions.findAlias("orders", "live").orElseThrow();

        functions.replaceLatest(current.withVersion("$LATEST", revision(), MODIFIED.plusSeconds(5)),
                current.revisionId());
        functions.replaceAlias(new Alias("orders", "live", "1", "moved", Map.of(), revision()), alias.revisionId());

        assertThat(store.find("orders", "$LATEST")).isPresent();
        assertThat(store.find("orders", "live")).isPresent();
    }

    @Test
    void listingGoesByQualifierInPages() {
        functions.create(latest("other"), Map.of());
        store.put(config("other", "$LATEST"));
        store.put(config("orders", "live"));
        store.put(config("orders", "1"));
        store.put(config("orders", "$LATEST"));

        List<String> qualifiers = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            Page<EventInvokeConfig> page = store.list("orders", marker, 2);
            page.items().forEach(config -> qualifiers.add(config.qualifier()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(qualifiers).containsExactly("$LATEST", "1", "live");
        assertThat(pages).isEqualTo(2);
        assertThat(store.list("nobody", null, 50).items()).isEmpty();
    }

    private static EventInvokeConfig config(String functionName, String qualifier) {
        return new EventInvokeConfig(functionName, qualifier, 1, null, null, QUEUE, MODIFIED);
    }

    private static FunctionConfiguration latest(String functionName) {
        return new FunctionConfiguration(functionName, FunctionConfiguration.LATEST, Runtime.PYTHON312,
                "arn:aws:iam::123456789012:role/lambda-role", "app.handler", "", 3, 128, 512, Map.of(),
                Architecture.X86_64, new CodeArtifact("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=", 10, 30),
                MODIFIED, revision(), FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }

    private static String revision() {
        return UUID.randomUUID().toString();
    }
}
