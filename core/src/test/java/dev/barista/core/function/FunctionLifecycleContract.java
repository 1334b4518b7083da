package dev.barista.core.function;

import static dev.barista.core.function.FunctionStoreFixtures.alias;
import static dev.barista.core.function.FunctionStoreFixtures.latest;
import static dev.barista.core.function.FunctionStoreFixtures.published;
import static dev.barista.core.function.FunctionStoreFixtures.revision;
import static dev.barista.core.function.FunctionStoreFixtures.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating, finding, replacing and deleting functions. */
interface FunctionLifecycleContract extends FunctionStoreContractPart {

    @Test
    default void createdFunctionIsFoundAsLatest() {
        var latest = latest("orders");

        assertThat(store().create(latest, Map.of())).isTrue();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).contains(latest);
    }

    @Test
    default void createRefusesAnExistingNameAndKeepsTheFirstFunction() {
        var first = latest("orders");
        store().create(first, Map.of("team", "a"));

        assertThat(store().create(latest("orders", "second", 5), Map.of("team", "b"))).isFalse();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).contains(first);
        assertThat(store().tags("orders")).containsExactly(Map.entry("team", "a"));
    }

    @Test
    default void createRejectsAPublishedVersion() {
        assertThatThrownBy(() -> store().create(published(latest("orders"), 1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void everyFieldSurvivesTheRoundTrip() {
        var latest = new FunctionConfiguration("every-field", FunctionConfiguration.LATEST, Runtime.PROVIDED_AL2023,
                null, "bootstrap", "déjà vu: 1:2;3", 900, 10_240, 10_240,
                Map.of("EMPTY", "", "COLONS", "a:b::c", "LINES", "one\ntwo", "UNICODE", "κόσμε 🌍", "7:x", "1:"),
                Architecture.ARM64, new CodeArtifact("abc+/==", 12_345, 67_890),
                Instant.parse("2026-01-02T03:04:05.678Z"), revision(), FunctionState.PENDING,
                LastUpdateStatus.IN_PROGRESS);
        store().create(latest, Map.of());

        assertThat(store().find("every-field", FunctionConfiguration.LATEST)).contains(latest);
    }

    @Test
    default void theDeadLetterTargetSurvivesCreateReplaceAndPublish() {
        var original = latest("orders");
        var withQueue = new FunctionConfiguration("orders", FunctionConfiguration.LATEST, original.runtime(),
                original.role(), original.handler(), original.description(), original.timeoutSeconds(),
                original.memorySizeMegabytes(), original.ephemeralStorageMegabytes(), original.environment(),
                original.architecture(), original.code(), original.lastModified(), revision(), original.state(),
                original.lastUpdateStatus(), "arn:aws:sqs:us-east-1:123456789012:dead-letters", null);
        store().create(withQueue, Map.of());
        store().insertVersion(published(withQueue, 1));
        store().replaceLatest(original, withQueue.revisionId());

        assertThat(store().find("orders", "1").orElseThrow().deadLetterTargetArn())
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:dead-letters");
        assertThat(store().find("orders", FunctionConfiguration.LATEST).orElseThrow().deadLetterTargetArn()).isNull();
    }

    @Test
    default void lastModifiedIsKeptToTheMillisecond() {
        var precise = latest("orders").withVersion(FunctionConfiguration.LATEST, revision(),
                Instant.parse("2026-11-22T10:15:30.123456789Z"));
        store().create(precise, Map.of());

        assertThat(store().find("orders", FunctionConfiguration.LATEST).orElseThrow().lastModified())
                .isEqualTo(Instant.parse("2026-11-22T10:15:30.123Z"));
    }

    @Test
    default void findOfAnUnknownFunctionIsEmpty() {
        assertThat(store().find("missing", FunctionConfiguration.LATEST)).isEmpty();
        assertThat(store().find("missing", "1")).isEmpty();
    }

    @Test
    default void findOfAnUnknownOrMalformedVersionIsEmpty() {
        store().create(latest("orders"), Map.of());

        assertThat(store().find("orders", "1")).isEmpty();
        assertThat(store().find("orders", "live")).isEmpty();
        assertThat(store().find("orders", "01")).isEmpty();
    }

    @Test
    default void replaceLatestWithTheStoredRevisionReplacesIt() {
        var first = latest("orders");
        store().create(first, Map.of());
        var second = updated(first, "second");

        assertThat(store().replaceLatest(second, first.revisionId())).isTrue();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).contains(second);
    }

    @Test
    default void replaceLatestWithAStaleRevisionChangesNothing() {
        var first = latest("orders");
        store().create(first, Map.of());
        var second = updated(first, "second");
        store().replaceLatest(second, first.revisionId());

        assertThat(store().replaceLatest(updated(first, "third"), first.revisionId())).isFalse();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).contains(second);
    }

    @Test
    default void replaceLatestOfAMissingFunctionIsRefused() {
        var latest = latest("orders");

        assertThat(store().replaceLatest(latest, latest.revisionId())).isFalse();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).isEmpty();
    }

    @Test
    default void replaceLatestLeavesPublishedVersionsAlone() {
        var first = latest("orders");
        store().create(first, Map.of());
        var version = published(first, store().nextVersionNumber("orders"));
        store().insertVersion(version);

        store().replaceLatest(updated(first, "second"), first.revisionId());

        assertThat(store().find("orders", "1")).contains(version);
    }

    @Test
    default void deleteRemovesTheFunction() {
        store().create(latest("orders"), Map.of());

        assertThat(store().delete("orders")).isTrue();

        assertThat(store().find("orders", FunctionConfiguration.LATEST)).isEmpty();
        assertThat(store().delete("orders")).isFalse();
    }

    @Test
    default void deleteOfAnUnknownFunctionIsRefused() {
        assertThat(store().delete("missing")).isFalse();
    }

    @Test
    default void deleteRemovesVersionsAliasesTagsAndConcurrency() {
        store().create(latest("orders"), Map.of("team", "a"));
        store().insertVersion(published(latest("orders"), store().nextVersionNumber("orders")));
        store().createAlias(alias("orders", "live", "1"));
        store().putReservedConcurrency("orders", 5);

        store().delete("orders");

        assertThat(store().find("orders", "1")).isEmpty();
        assertThat(store().findAlias("orders", "live")).isEmpty();
        assertThat(store().tags("orders")).isEmpty();
        assertThat(store().reservedConcurrencies()).isEmpty();
    }

    @Test
    default void aRecreatedFunctionStartsClean() {
        store().create(latest("orders"), Map.of("team", "a"));
        store().insertVersion(published(latest("orders"), store().nextVersionNumber("orders")));
        store().createAlias(alias("orders", "live", "1"));
        store().putReservedConcurrency("orders", 5);
        store().delete("orders");

        store().create(latest("orders"), Map.of());

        assertThat(store().listVersions("orders", null, 50).items())
                .extracting(FunctionConfiguration::version).containsExactly(FunctionConfiguration.LATEST);
        assertThat(store().listAliases("orders", null, null, 50).items()).isEmpty();
        assertThat(store().tags("orders")).isEmpty();
        assertThat(store().reservedConcurrencies()).isEmpty();
    }
}
