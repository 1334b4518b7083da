package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Store first, files after: a package is stored before a configuration references it, and deleted only after the
 * store stopped referencing it, by a later collection. A node killed between any two steps (here: a store write
 * that throws, or a collection that never runs) loses no package the store references; what it leaves behind is
 * collected after the restart.
 */
class CodeCollectionCrashTest {
    private final JournalingStores stores = new JournalingStores();
    private final CodeGuard guard = new CodeGuard();
    private final FunctionService service = service();

    private FunctionService service() {
        return new FunctionService(stores.functions, stores.code, EnumSet.of(Runtime.PYTHON311),
                new AccountSettings("000000000000", "us-east-1", 1000, 100),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), retired -> { }, guard);
    }

    /** The collector of a node started on the same store and files: what runs at every start. */
    private CodeCollector restartedNodesCollector() {
        return new CodeCollector(stores.functions, stores.code, new CodeGuard(), Set::of, FunctionCaches.NONE);
    }

    @Test
    void deletingAFunctionCommitsTheStoreAndACollectionDeletesItsPackageAfterwards() throws Exception {
        service.create(python("hello", "v1"));
        CodeCollector collector = new CodeCollector(stores.functions, stores.code, guard, Set::of,
                FunctionCaches.NONE);
        collector.collect();
        stores.journal.clear();

        service.delete("hello", null);
        assertThat(stores.code.packages()).as("the delete itself touches no file").containsExactly("v1");
        collector.collect();

        assertThat(stores.journal).containsExactly("store delete hello", "code remove v1");
    }

    @Test
    void updatingCodeStoresThePackageThenTheConfigurationThenDeletesTheOldPackage() throws Exception {
        service.create(python("hello", "v1"));
        stores.journal.clear();

        service.updateCode(update("hello", "v2"));
        restartedNodesCollector().collect();

        assertThat(stores.journal).containsExactly("code put v2", "store replace hello v2", "code remove v1");
    }

    @Test
    void killedBetweenStoringNewCodeAndReferencingItTheOldCodeStaysAndTheNewIsCollected() throws Exception {
        service.create(python("hello", "v1"));
        stores.functions.crashBefore = "store replace";

        assertThatThrownBy(() -> service.updateCode(update("hello", "v2")))
                .isInstanceOf(JournalingStores.Crash.class);
        assertThat(stores.code.packages()).containsExactlyInAnyOrder("v1", "v2");
        restartedNodesCollector().collect();

        assertThat(stores.code.packages()).containsExactly("v1");
        assertThat(service.configuration("hello", null).code().sha256Base64())
                .isEqualTo(FakeCodeStore.sha256Base64("v1"));
    }

    @Test
    void killedBetweenDeletingAFunctionAndCollectingItsPackageIsCollectedAfterTheRestart() throws Exception {
        service.create(python("hello", "v1"));
        service.create(python("kept", "k1"));
        service.delete("hello", null);
        // The node dies here: its collector never ran.

        assertThat(stores.code.packages()).containsExactlyInAnyOrder("v1", "k1");
        restartedNodesCollector().collect();

        assertThat(stores.code.packages()).containsExactly("k1");
    }

    @Test
    void killedBeforeADeleteCommittedKeepsEverything() throws Exception {
        service.create(python("hello", "v1"));
        service.publishVersion("hello", null, null, null);
        service.updateCode(update("hello", "v2"));
        stores.functions.crashBefore = "store delete";

        assertThatThrownBy(() -> service.delete("hello", "1")).isInstanceOf(JournalingStores.Crash.class);
        restartedNodesCollector().collect();

        assertThat(stores.code.packages()).containsExactlyInAnyOrder("v1", "v2");
    }

    @Test
    void aPublishedVersionKeepsReplacedCodeUntilItIsDeleted() throws Exception {
        service.create(python("hello", "v1"));
        service.publishVersion("hello", null, null, null);
        service.updateCode(update("hello", "v2"));
        restartedNodesCollector().collect();
        assertThat(stores.code.packages()).containsExactlyInAnyOrder("v1", "v2");

        service.delete("hello", "1");
        restartedNodesCollector().collect();

        assertThat(stores.code.packages()).containsExactly("v2");
    }

    static CreateFunctionCommand python(String name, String code) {
        return new CreateFunctionCommand(name, "python3.11", "arn:aws:iam::000000000000:role/lambda",
                "index.handler", null, null, null, null, Map.of(), null, FakeCodeStore.zip(code), null, null, null,
                null, null, false, Map.of());
    }

    static UpdateFunctionCodeCommand update(String name, String code) {
        return new UpdateFunctionCodeCommand(name, FakeCodeStore.zip(code), null, null, null, null, false, false,
                null);
    }
}
