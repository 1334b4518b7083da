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
import org.junit.jupiter.api.Test;

/** Version numbers, published versions and their listing. */
interface FunctionVersionContract extends FunctionStoreContractPart {

    @Test
    default void versionNumbersStartAtOneAndCountUpPerFunction() {
        store().create(latest("orders"), Map.of());
        store().create(latest("billing"), Map.of());

        assertThat(List.of(store().nextVersionNumber("orders"), store().nextVersionNumber("orders"),
                store().nextVersionNumber("billing"))).containsExactly(1L, 2L, 1L);
    }

    @Test
    default void versionNumbersAreNotReusedAfterDeletingAVersion() {
        store().create(latest("orders"), Map.of());
        publish("orders");
        publish("orders");
        store().deleteVersion("orders", "2");

        assertThat(store().nextVersionNumber("orders")).isEqualTo(3);
    }

    @Test
    default void versionNumbersRestartAtOneWhenTheFunctionIsDeletedAndCreatedAgain() {
        store().create(latest("orders"), Map.of());
        publish("orders");
        store().delete("orders");
        store().create(latest("orders"), Map.of());

        assertThat(store().nextVersionNumber("orders")).isEqualTo(1);
    }

    @Test
    default void nextVersionNumberOfAMissingFunctionIsNotFound() {
        assertThatThrownBy(() -> store().nextVersionNumber("missing"))
                .isInstanceOfSatisfying(BaristaException.class,
                        exception -> assertThat(exception.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
    }

    @Test
    default void insertedVersionIsFoundByItsNumber() {
        store().create(latest("orders"), Map.of());
        var version = published(latest("orders"), store().nextVersionNumber("orders"));

        assertThat(store().insertVersion(version)).isTrue();

        assertThat(store().find("orders", "1")).contains(version);
    }

    @Test
    default void everySettingIsStoredAndEachVersionKeepsItsOwn() {
        var settings = new FunctionSettings(TracingMode.ACTIVE,
                new LoggingSettings(LogFormat.JSON, LogLevel.TRACE, LogLevel.WARN, "/my/app#1"),
                "arn:aws:kms:us-east-1:123456789012:key/k-1",
                new VpcSettings(List.of("subnet-b", "subnet-a", "s:1,2"), List.of("sg-1", "sg-2"), true),
                List.of(new FileSystemMount(
                        "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0",
                        "/mnt/data")), SnapStartApplyOn.PUBLISHED_VERSIONS);
        var latest = FunctionStoreFixtures.withSettings(latest("orders"), settings);
        store().create(latest, Map.of());
        var version = published(latest, store().nextVersionNumber("orders"));
        store().insertVersion(version);
        var changed = FunctionStoreFixtures.withSettings(latest, FunctionSettings.DEFAULT);

        store().replaceLatest(changed, latest.revisionId());

        assertThat(store().find("orders", "1")).contains(version);
        assertThat(store().find("orders", "1").orElseThrow().settings()).isEqualTo(settings);
        assertThat(store().find("orders", FunctionConfiguration.LATEST)).contains(changed);
    }

    @Test
    default void insertVersionRefusesAnExistingVersion() {
        store().create(latest("orders"), Map.of());
        var first = published(latest("orders"), 1);
        store().insertVersion(first);

        assertThat(store().insertVersion(published(latest("orders", "other", 7), 1))).isFalse();

        assertThat(store().find("orders", "1")).contains(first);
    }

    @Test
    default void insertVersionOfAMissingFunctionIsRefused() {
        assertThat(store().insertVersion(published(latest("orders"), 1))).isFalse();

        assertThat(store().find("orders", "1")).isEmpty();
    }

    @Test
    default void insertVersionRejectsLatestAndMalformedNumbers() {
        store().create(latest("orders"), Map.of());

        assertThatThrownBy(() -> store().insertVersion(latest("orders"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().insertVersion(latest("orders").withVersion("01", "r", latest("orders")
                .lastModified()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void deleteVersionRemovesOnlyThatVersion() {
        store().create(latest("orders"), Map.of());
        publish("orders");
        publish("orders");

        assertThat(store().deleteVersion("orders", "1")).isTrue();

        assertThat(store().find("orders", "1")).isEmpty();
        assertThat(store().find("orders", "2")).isPresent();
        assertThat(store().find("orders", FunctionConfiguration.LATEST)).isPresent();
        assertThat(store().deleteVersion("orders", "1")).isFalse();
    }

    @Test
    default void deleteVersionOfAnUnknownVersionOrFunctionIsRefused() {
        store().create(latest("orders"), Map.of());

        assertThat(store().deleteVersion("orders", "4")).isFalse();
        assertThat(store().deleteVersion("missing", "1")).isFalse();
    }

    @Test
    default void deleteVersionRejectsLatest() {
        store().create(latest("orders"), Map.of());

        assertThatThrownBy(() -> store().deleteVersion("orders", FunctionConfiguration.LATEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void versionsAreListedLatestFirstThenInNumericOrder() {
        store().create(latest("orders"), Map.of());
        for (int number = 1; number <= 11; number++) {
            publish("orders");
        }

        assertThat(store().listVersions("orders", null, 50).items()).extracting(FunctionConfiguration::version)
                .containsExactly("$LATEST", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    default void versionsArePagedOneAtATime() {
        store().create(latest("orders"), Map.of());
        publish("orders");
        publish("orders");

        assertThat(allVersionPages("orders", 1)).containsExactly(List.of("$LATEST"), List.of("1"), List.of("2"));
    }

    @Test
    default void versionsArePagedTwoAtATimeAcrossTheTenBoundary() {
        store().create(latest("orders"), Map.of());
        for (int number = 1; number <= 10; number++) {
            publish("orders");
        }
        store().deleteVersion("orders", "3");

        assertThat(allVersionPages("orders", 2)).containsExactly(List.of("$LATEST", "1"), List.of("2", "4"),
                List.of("5", "6"), List.of("7", "8"), List.of("9", "10"));
    }

    @Test
    default void versionsOfOtherFunctionsAreNotListed() {
        store().create(latest("orders"), Map.of());
        store().create(latest("billing"), Map.of());
        publish("billing");

        assertThat(store().listVersions("orders", null, 50).items()).extracting(FunctionConfiguration::version)
                .containsExactly("$LATEST");
    }

    @Test
    default void versionsOfAnUnknownFunctionAreAnEmptyLastPage() {
        var page = store().listVersions("missing", null, 50);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextMarker()).isNull();
    }

    @Test
    default void versionPagingContinuesAfterTheMarkedVersionIsDeleted() {
        store().create(latest("orders"), Map.of());
        publish("orders");
        publish("orders");
        publish("orders");
        var first = store().listVersions("orders", null, 2);
        store().deleteVersion("orders", "1");

        assertThat(store().listVersions("orders", first.nextMarker(), 2).items())
                .extracting(FunctionConfiguration::version).containsExactly("2", "3");
    }

    private void publish(String functionName) {
        var latest = store().find(functionName, FunctionConfiguration.LATEST).orElseThrow();
        store().insertVersion(published(latest, store().nextVersionNumber(functionName)));
    }

    private List<List<String>> allVersionPages(String functionName, int maxItems) {
        var pages = new ArrayList<List<String>>();
        String marker = null;
        do {
            var page = store().listVersions(functionName, marker, maxItems);
            pages.add(page.items().stream().map(FunctionConfiguration::version).toList());
            marker = page.nextMarker();
        } while (marker != null);
        return pages;
    }
}
