package dev.barista.core.function;

import static dev.barista.core.function.FunctionStoreFixtures.latest;
import static dev.barista.core.function.FunctionStoreFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Listing the {@code $LATEST} of every function, and the marker rules every listing shares. */
interface FunctionListingContract extends FunctionStoreContractPart {

    @Test
    default void anEmptyStoreListsAnEmptyLastPage() {
        var page = store().listLatest(null, 50);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextMarker()).isNull();
    }

    @Test
    default void functionsAreListedByNameWithTheirLatestOnly() {
        for (var name : List.of("orders", "billing", "Zeta", "alpha-2", "alpha-10")) {
            store().create(latest(name), Map.of());
        }
        store().insertVersion(published(latest("orders"), store().nextVersionNumber("orders")));

        assertThat(store().listLatest(null, 50).items())
                .allSatisfy(configuration -> assertThat(configuration.isLatest()).isTrue())
                .extracting(FunctionConfiguration::functionName)
                .containsExactly("Zeta", "alpha-10", "alpha-2", "billing", "orders");
    }

    @Test
    default void functionsArePagedOneAtATime() {
        createAll("a", "b", "c");

        assertThat(allFunctionPages(1)).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    default void functionsArePagedTwoAtATime() {
        createAll("a", "b", "c", "d", "e");

        assertThat(allFunctionPages(2)).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    }

    @Test
    default void aFullLastPageHasNoMarker() {
        createAll("a", "b", "c", "d");

        var second = store().listLatest(store().listLatest(null, 2).nextMarker(), 2);

        assertThat(second.items()).extracting(FunctionConfiguration::functionName).containsExactly("c", "d");
        assertThat(second.nextMarker()).isNull();
    }

    @Test
    default void functionPagingContinuesAfterTheMarkedFunctionIsDeleted() {
        createAll("a", "b", "c", "d");
        var first = store().listLatest(null, 2);
        store().delete("b");

        assertThat(store().listLatest(first.nextMarker(), 2).items()).extracting(FunctionConfiguration::functionName)
                .containsExactly("c", "d");
    }

    @Test
    default void aMalformedMarkerIsAnInvalidParameter() {
        createAll("orders");

        assertInvalidParameter(() -> store().listLatest("not a marker!", 10));
        assertInvalidParameter(() -> store().listVersions("orders", "not a marker!", 10));
        assertInvalidParameter(() -> store().listAliases("orders", null, "not a marker!", 10));
    }

    @Test
    default void theLargestMaxItemsListsEverythingOnOnePage() {
        createAll("a", "b");
        store().insertVersion(published(latest("a"), store().nextVersionNumber("a")));
        store().createAlias(new Alias("a", "live", "1", "", Map.of(), "revision"));

        assertThat(store().listLatest(null, Integer.MAX_VALUE)).satisfies(page -> {
            assertThat(page.items()).hasSize(2);
            assertThat(page.nextMarker()).isNull();
        });
        assertThat(store().listVersions("a", null, Integer.MAX_VALUE).items()).hasSize(2);
        assertThat(store().listAliases("a", "1", null, Integer.MAX_VALUE).items()).hasSize(1);
    }

    @Test
    default void maxItemsMustBePositive() {
        assertThatThrownBy(() -> store().listLatest(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void createAll(String... names) {
        for (var name : names) {
            store().create(latest(name), Map.of());
        }
    }

    private List<List<String>> allFunctionPages(int maxItems) {
        var pages = new ArrayList<List<String>>();
        String marker = null;
        do {
            var page = store().listLatest(marker, maxItems);
            pages.add(page.items().stream().map(FunctionConfiguration::functionName).toList());
            marker = page.nextMarker();
        } while (marker != null);
        return pages;
    }

    private static void assertInvalidParameter(ThrowingCallable listing) {
        assertThatThrownBy(listing).isInstanceOfSatisfying(BaristaException.class,
                exception -> assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE));
    }
}
