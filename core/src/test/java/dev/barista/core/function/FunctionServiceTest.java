package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionServiceTest {
    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda";

    private final List<FunctionReference> retired = new ArrayList<>();
    private final FunctionService service = new FunctionService(new InMemoryFunctionStore(), new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON311, Runtime.NODEJS20, Runtime.JAVA21, Runtime.PROVIDED_AL2023),
            new AccountSettings("000000000000", "us-east-1", 1000, 100),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), retired::add);

    private static CreateFunctionCommand python(String name) {
        return create(name, "python3.11", null, null, null, Map.of());
    }

    private static CreateFunctionCommand create(String name, String runtime, Integer timeout, Integer memory,
                                                Integer storage, Map<String, String> environment) {
        return new CreateFunctionCommand(name, runtime, ROLE, "index.handler", null, timeout, memory, storage,
                environment, null, FakeCodeStore.zip(name), null, null, null, null, null, false, Map.of());
    }

    private static ErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (BaristaException exception) {
            return exception.code();
        }
        throw new AssertionError("expected a BaristaException");
    }

    @Test
    void createAppliesLambdaDefaults() {
        FunctionConfiguration created = service.create(python("hello"));

        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.timeoutSeconds()).isEqualTo(3);
        assertThat(created.memorySizeMegabytes()).isEqualTo(128);
        assertThat(created.ephemeralStorageMegabytes()).isEqualTo(512);
        assertThat(created.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(created.state()).isEqualTo(FunctionState.ACTIVE);
    }

    @Test
    void duplicateCreateIsAConflict() {
        service.create(python("hello"));

        assertThatThrownBy(() -> service.create(python("hello")))
                .isInstanceOf(BaristaException.class)
                .hasMessage("Function already exist: hello");
    }

    @Test
    void rangesAreCheckedWithLambdasCodes() {
        assertThat(codeOf(() -> service.create(create("a", "python3.11", null, 127, null, Map.of()))))
                .isEqualTo(ErrorCode.VALIDATION);
        assertThat(codeOf(() -> service.create(create("a", "python3.11", null, 10_241, null, Map.of()))))
                .isEqualTo(ErrorCode.VALIDATION);
        assertThat(codeOf(() -> service.create(create("a", "python3.11", 0, null, null, Map.of()))))
                .isEqualTo(ErrorCode.VALIDATION);
        assertThat(codeOf(() -> service.create(create("a", "python3.11", 901, null, null, Map.of()))))
                .isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(codeOf(() -> service.create(create("a", "python3.11", null, null, 511, Map.of()))))
                .isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    void environmentOverFourKilobytesIsRefused() {
        Map<String, String> large = Map.of("BIG", "x".repeat(4094));

        assertThatThrownBy(() -> service.create(create("a", "python3.11", null, null, null, large)))
                .hasMessageContaining("exceeded the 4KB limit");
    }

    @Test
    void reservedEnvironmentKeysAreRefused() {
        assertThatThrownBy(() -> service.create(create("a", "python3.11", null, null, null,
                Map.of("AWS_REGION", "eu-west-1"))))
                .hasMessageContaining("Reserved keys used in this request: AWS_REGION");
    }

    @Test
    void runtimeNotInstalledIsAnInvalidParameter() {
        assertThat(codeOf(() -> service.create(create("a", "python3.9", null, null, null, Map.of()))))
                .isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(codeOf(() -> service.create(create("a", "cobol", null, null, null, Map.of()))))
                .isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    void invalidZipIsAnInvalidParameter() {
        CreateFunctionCommand command = new CreateFunctionCommand("a", "python3.11", ROLE, "index.handler", null,
                null, null, null, null, null, new byte[] {1, 2, 3}, null, null, null, null, null, false, Map.of());

        assertThat(codeOf(() -> service.create(command))).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void partialAndFullArnsNameTheSameFunction() {
        service.create(python("hello"));

        assertThat(service.configuration("000000000000:function:hello", null).functionName()).isEqualTo("hello");
        assertThat(service.configuration("arn:aws:lambda:us-east-1:000000000000:function:hello", null).version())
                .isEqualTo("$LATEST");
    }

    @Test
    void missingFunctionNamesItsArn() {
        assertThatThrownBy(() -> service.configuration("nope", null))
                .hasMessage("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
    }

    @Test
    void updateRetiresOldEnvironmentsAndChangesRevision() {
        FunctionConfiguration created = service.create(python("hello"));

        FunctionConfiguration updated = service.updateConfiguration(new UpdateFunctionConfigurationCommand("hello",
                null, null, null, null, 10, null, null, null, null, null));

        assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());
        assertThat(updated.timeoutSeconds()).isEqualTo(10);
        assertThat(retired).containsExactly(new FunctionReference("hello", "$LATEST"));
    }

    @Test
    void staleRevisionIsAPreconditionFailure() {
        service.create(python("hello"));

        assertThat(codeOf(() -> service.updateConfiguration(new UpdateFunctionConfigurationCommand("hello", null,
                null, null, null, 10, null, null, null, null, "stale")))).isEqualTo(ErrorCode.PRECONDITION_FAILED);
    }

    @Test
    void publishingUnchangedLatestReturnsTheSameVersion() {
        service.create(python("hello"));

        FunctionConfiguration first = service.publishVersion("hello", null, null, null);
        FunctionConfiguration again = service.publishVersion("hello", null, null, null);

        assertThat(first.version()).isEqualTo("1");
        assertThat(again.version()).isEqualTo("1");
    }

    @Test
    void aliasRoutesByWeight() {
        service.create(python("hello"));
        service.publishVersion("hello", null, null, null);
        service.updateCode(new UpdateFunctionCodeCommand("hello", FakeCodeStore.zip("v2"), null, null, null, null,
                true, false, null));
        service.createAlias(new AliasCommand("hello", "live", "1", null, Map.of("2", 0.25), null));

        assertThat(service.resolveForInvoke("hello", "live", 0.10).configuration().version()).isEqualTo("2");
        assertThat(service.resolveForInvoke("hello", "live", 0.30).configuration().version()).isEqualTo("1");
        assertThat(service.resolveForInvoke("hello:live", null, 0.9).invokedQualifier()).isEqualTo("live");
    }

    @Test
    void versionReferencedByAnAliasCannotBeDeleted() {
        service.create(python("hello"));
        service.publishVersion("hello", null, null, null);
        service.createAlias(new AliasCommand("hello", "live", "1", null, null, null));

        assertThat(codeOf(() -> service.delete("hello", "1"))).isEqualTo(ErrorCode.RESOURCE_CONFLICT);
        assertThat(codeOf(() -> service.delete("hello", "$LATEST"))).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void reservationsMustLeaveTheMinimumUnreserved() {
        service.create(python("a"));

        assertThat(service.putConcurrency("a", 900)).isEqualTo(900);
        assertThat(codeOf(() -> service.putConcurrency("a", 901))).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(service.accountView().unreservedConcurrentExecutions()).isEqualTo(100);
    }

    @Test
    void listingAllVersionsPagesAcrossFunctions() {
        service.create(python("a"));
        service.publishVersion("a", null, null, null);
        service.create(python("b"));

        Page<FunctionConfiguration> first = service.list(true, null, 2);
        Page<FunctionConfiguration> second = service.list(true, first.nextMarker(), 2);

        assertThat(first.items()).extracting(FunctionConfiguration::functionName, FunctionConfiguration::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "$LATEST"),
                        org.assertj.core.groups.Tuple.tuple("a", "1"));
        assertThat(second.items()).extracting(FunctionConfiguration::functionName).containsExactly("b");
        assertThat(second.nextMarker()).isNull();
    }

    @Test
    void garbageMarkerIsAnInvalidParameter() {
        assertThat(codeOf(() -> service.list(true, "%%%", 2))).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
        assertThat(codeOf(() -> service.list(true, "bm8tc2VwYXJhdG9y", 2))).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
    }
}
