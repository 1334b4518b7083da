package dev.barista.core.function;

import static dev.barista.core.function.FunctionStoreFixtures.latest;
import static dev.barista.core.function.FunctionStoreFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags, reserved concurrency and account usage. */
interface FunctionSettingsContract extends FunctionStoreContractPart {

    @Test
    default void tagsGivenAtCreationAreStored() {
        store().create(latest("orders"), Map.of("team", "payments", "cost-center", "42"));

        assertThat(store().tags("orders")).isEqualTo(Map.of("team", "payments", "cost-center", "42"));
    }

    @Test
    default void putTagsAddsAndOverwrites() {
        store().create(latest("orders"), Map.of("team", "payments", "stage", "dev"));

        store().putTags("orders", Map.of("stage", "prod", "owner", "ana"));

        assertThat(store().tags("orders")).isEqualTo(Map.of("team", "payments", "stage", "prod", "owner", "ana"));
    }

    @Test
    default void removeTagsRemovesOnlyTheGivenKeys() {
        store().create(latest("orders"), Map.of("team", "payments", "stage", "dev", "owner", "ana"));

        store().removeTags("orders", List.of("stage", "owner", "unknown"));

        assertThat(store().tags("orders")).isEqualTo(Map.of("team", "payments"));
    }

    @Test
    default void tagsAreKeptPerFunction() {
        store().create(latest("orders"), Map.of("team", "payments"));
        store().create(latest("billing"), Map.of("team", "finance"));

        store().putTags("billing", Map.of("stage", "prod"));

        assertThat(store().tags("orders")).isEqualTo(Map.of("team", "payments"));
    }

    @Test
    default void tagsOfAMissingFunctionAreEmptyAndCannotBePut() {
        store().putTags("missing", Map.of("team", "payments"));

        assertThat(store().tags("missing")).isEmpty();
    }

    @Test
    default void reservedConcurrencyIsPutOverwrittenAndDeleted() {
        store().create(latest("orders"), Map.of());
        store().create(latest("billing"), Map.of());
        store().create(latest("search"), Map.of());

        store().putReservedConcurrency("orders", 10);
        store().putReservedConcurrency("billing", 0);
        store().putReservedConcurrency("orders", 25);
        assertThat(store().reservedConcurrencies()).isEqualTo(Map.of("orders", 25, "billing", 0));

        store().deleteReservedConcurrency("billing");
        store().deleteReservedConcurrency("search");
        assertThat(store().reservedConcurrencies()).isEqualTo(Map.of("orders", 25));
    }

    @Test
    default void reservedConcurrencyOfAMissingFunctionIsNotKept() {
        store().putReservedConcurrency("missing", 10);

        assertThat(store().reservedConcurrencies()).isEmpty();
    }

    @Test
    default void usageOfAnEmptyStoreIsZero() {
        assertThat(store().usage()).isEqualTo(new FunctionStore.AccountUsage(0, 0));
    }

    @Test
    default void usageCountsFunctionsAndTheCodeOfEveryVersion() {
        var orders = latest("orders", "first", 100);
        store().create(orders, Map.of());
        store().create(latest("billing", "first", 20), Map.of());
        store().insertVersion(published(orders, store().nextVersionNumber("orders")));
        store().insertVersion(published(latest("orders", "bigger", 3_000), store().nextVersionNumber("orders")));

        assertThat(store().usage()).isEqualTo(new FunctionStore.AccountUsage(2, 100 + 20 + 100 + 3_000));
    }

    @Test
    default void usageShrinksWhenVersionsAndFunctionsAreDeleted() {
        var orders = latest("orders", "first", 100);
        store().create(orders, Map.of());
        store().create(latest("billing", "first", 20), Map.of());
        store().insertVersion(published(orders, store().nextVersionNumber("orders")));

        store().deleteVersion("orders", "1");
        store().delete("billing");

        assertThat(store().usage()).isEqualTo(new FunctionStore.AccountUsage(1, 100));
    }
}
