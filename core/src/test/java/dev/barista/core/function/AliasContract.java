package dev.barista.core.function;

import static dev.barista.core.function.FunctionStoreFixtures.alias;
import static dev.barista.core.function.FunctionStoreFixtures.latest;
import static dev.barista.core.function.FunctionStoreFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating, replacing, deleting and listing aliases. */
interface AliasContract extends FunctionStoreContractPart {

    @Test
    default void createdAliasIsFoundWithItsWeights() {
        store().create(latest("orders"), Map.of());
        var alias = new Alias("orders", "live", "1", "production traffic", Map.of("2", 0.125), revision());

        assertThat(store().createAlias(alias)).isTrue();

        assertThat(store().findAlias("orders", "live")).contains(alias);
    }

    @Test
    default void createAliasRefusesAnExistingName() {
        store().create(latest("orders"), Map.of());
        var first = alias("orders", "live", "1");
        store().createAlias(first);

        assertThat(store().createAlias(alias("orders", "live", "2"))).isFalse();

        assertThat(store().findAlias("orders", "live")).contains(first);
    }

    @Test
    default void createAliasOfAMissingFunctionIsRefused() {
        assertThat(store().createAlias(alias("orders", "live", "1"))).isFalse();

        assertThat(store().findAlias("orders", "live")).isEmpty();
    }

    @Test
    default void aliasNamesAreScopedToTheirFunction() {
        store().create(latest("orders"), Map.of());
        store().create(latest("billing"), Map.of());

        assertThat(store().createAlias(alias("orders", "live", "1"))).isTrue();
        assertThat(store().createAlias(alias("billing", "live", "2"))).isTrue();

        assertThat(store().findAlias("billing", "live").orElseThrow().functionVersion()).isEqualTo("2");
    }

    @Test
    default void findOfAnUnknownAliasIsEmpty() {
        store().create(latest("orders"), Map.of());

        assertThat(store().findAlias("orders", "live")).isEmpty();
        assertThat(store().findAlias("missing", "live")).isEmpty();
    }

    @Test
    default void replaceAliasWithTheStoredRevisionReplacesIt() {
        store().create(latest("orders"), Map.of());
        var first = alias("orders", "live", "1");
        store().createAlias(first);
        var second = new Alias("orders", "live", "2", "moved", Map.of("1", 0.5), revision());

        assertThat(store().replaceAlias(second, first.revisionId())).isTrue();

        assertThat(store().findAlias("orders", "live")).contains(second);
    }

    @Test
    default void replaceAliasWithAStaleRevisionChangesNothing() {
        store().create(latest("orders"), Map.of());
        var first = alias("orders", "live", "1");
        store().createAlias(first);

        assertThat(store().replaceAlias(alias("orders", "live", "2"), revision())).isFalse();

        assertThat(store().findAlias("orders", "live")).contains(first);
    }

    @Test
    default void replaceAliasOfAMissingAliasIsRefused() {
        store().create(latest("orders"), Map.of());
        var alias = alias("orders", "live", "1");

        assertThat(store().replaceAlias(alias, alias.revisionId())).isFalse();

        assertThat(store().findAlias("orders", "live")).isEmpty();
    }

    @Test
    default void deleteAliasRemovesIt() {
        store().create(latest("orders"), Map.of());
        store().createAlias(alias("orders", "live", "1"));

        assertThat(store().deleteAlias("orders", "live")).isTrue();

        assertThat(store().findAlias("orders", "live")).isEmpty();
        assertThat(store().deleteAlias("orders", "live")).isFalse();
        assertThat(store().deleteAlias("missing", "live")).isFalse();
    }

    @Test
    default void aliasesAreListedByName() {
        store().create(latest("orders"), Map.of());
        createAliases("orders", "1", "prod", "beta", "Canary");

        assertThat(store().listAliases("orders", null, null, 50).items()).extracting(Alias::name)
                .containsExactly("Canary", "beta", "prod");
    }

    @Test
    default void aliasesArePagedOneAndTwoAtATime() {
        store().create(latest("orders"), Map.of());
        createAliases("orders", "1", "a", "b", "c");

        assertThat(allAliasPages(null, 1)).containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(allAliasPages(null, 2)).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    default void aliasesAreFilteredByTheVersionTheyPointAt() {
        store().create(latest("orders"), Map.of());
        createAliases("orders", "1", "a", "c", "e");
        createAliases("orders", "2", "b", "d");

        assertThat(store().listAliases("orders", "2", null, 50).items()).extracting(Alias::name)
                .containsExactly("b", "d");
        assertThat(allAliasPages("1", 2)).containsExactly(List.of("a", "c"), List.of("e"));
    }

    @Test
    default void aliasesOfOtherFunctionsAreNotListed() {
        store().create(latest("orders"), Map.of());
        store().create(latest("billing"), Map.of());
        createAliases("billing", "1", "live");

        assertThat(store().listAliases("orders", null, null, 50).items()).isEmpty();
        assertThat(store().listAliases("missing", null, null, 50).items()).isEmpty();
    }

    private void createAliases(String functionName, String functionVersion, String... aliasNames) {
        for (var aliasName : aliasNames) {
            store().createAlias(alias(functionName, aliasName, functionVersion));
        }
    }

    private List<List<String>> allAliasPages(String functionVersion, int maxItems) {
        var pages = new ArrayList<List<String>>();
        String marker = null;
        do {
            var page = store().listAliases("orders", functionVersion, marker, maxItems);
            pages.add(page.items().stream().map(Alias::name).toList());
            marker = page.nextMarker();
        } while (marker != null);
        return pages;
    }
}
