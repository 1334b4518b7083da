package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TracingConfig, LoggingConfig, KMSKeyArn, VpcConfig, FileSystemConfigs and SnapStart: Lambda's defaults, its
 * checks and messages, how an update merges them and how a published version keeps its own.
 */
class FunctionSettingsTest {
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String ACCESS_POINT =
            "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0";

    private final List<FunctionReference> retired = new ArrayList<>();
    private final FunctionService functions = new FunctionService(new InMemoryFunctionStore(), new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON312), new AccountSettings("123456789012", "us-east-1", 1000, 100),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), retired::add);

    @Test
    void aFunctionCreatedWithoutSettingsHasLambdasDefaults() {
        FunctionConfiguration created = create("orders", FunctionSettingsChange.NONE);

        assertThat(created.settings()).isEqualTo(FunctionSettings.DEFAULT);
        assertThat(created.logGroup()).isEqualTo("/aws/lambda/orders");
    }

    @Test
    void everySettingGivenToCreateIsStored() {
        create("orders", new FunctionSettingsChange("Active", new FunctionSettingsChange.Logging("JSON", "DEBUG",
                "WARN", "/my/app"), KEY, new FunctionSettingsChange.Vpc(List.of("subnet-1", "subnet-2"),
                List.of("sg-1"), true), List.of(new FileSystemMount(ACCESS_POINT, "/mnt/data")), "PublishedVersions"));

        FunctionSettings settings = functions.configuration("orders", null).settings();
        assertThat(settings).isEqualTo(new FunctionSettings(TracingMode.ACTIVE,
                new LoggingSettings(LogFormat.JSON, LogLevel.DEBUG, LogLevel.WARN, "/my/app"), KEY,
                new VpcSettings(List.of("subnet-1", "subnet-2"), List.of("sg-1"), true),
                List.of(new FileSystemMount(ACCESS_POINT, "/mnt/data")), SnapStartApplyOn.PUBLISHED_VERSIONS));
        assertThat(functions.configuration("orders", null).logGroup()).isEqualTo("/my/app");
    }

    @Test
    void theJsonFormatWithoutLevelsTakesInfoForBoth() {
        create("orders", logging("JSON", null, null, null));

        assertThat(functions.configuration("orders", null).settings().logging())
                .isEqualTo(new LoggingSettings(LogFormat.JSON, LogLevel.INFO, LogLevel.INFO, null));
    }

    @Test
    void logLevelsWithTheTextFormatAreRefusedAsLambdaDoes() {
        String message = "LogLevel is not supported when LogFormat is set to \"Text\". Remove LogLevel from your"
                + " request or change the LogFormat to \"Json\" and try again.";
        expectRefused(logging("Text", "DEBUG", null, null), ErrorCode.INVALID_PARAMETER_VALUE, message);
        expectRefused(logging(null, null, "WARN", null), ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    @Test
    void anUpdateMergesLoggingConfigMemberByMember() {
        create("orders", logging("JSON", "ERROR", "WARN", "/my/app"));

        update("orders", logging(null, "DEBUG", null, null));
        assertThat(functions.configuration("orders", null).settings().logging())
                .isEqualTo(new LoggingSettings(LogFormat.JSON, LogLevel.DEBUG, LogLevel.WARN, "/my/app"));

        update("orders", logging("Text", null, null, null));
        assertThat(functions.configuration("orders", null).settings().logging())
                .isEqualTo(new LoggingSettings(LogFormat.TEXT, null, null, "/my/app"));

        update("orders", logging(null, null, null, "/aws/lambda/orders"));
        assertThat(functions.configuration("orders", null).logGroup()).isEqualTo("/aws/lambda/orders");
    }

    @Test
    void anUpdateKeepsWhatItDoesNotNameAndRetiresTheWarmEnvironments() {
        create("orders", new FunctionSettingsChange("Active", logging("JSON", null, null, "/my/app").logging(), KEY,
                new FunctionSettingsChange.Vpc(List.of("subnet-1"), List.of("sg-1"), null), null, null));
        retired.clear();

        update("orders", new FunctionSettingsChange(null, null, null, null, null, "PublishedVersions"));

        FunctionSettings settings = functions.configuration("orders", null).settings();
        assertThat(settings.tracingMode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(settings.logging().logGroup()).isEqualTo("/my/app");
        assertThat(settings.kmsKeyArn()).isEqualTo(KEY);
        assertThat(settings.vpc().subnetIds()).containsExactly("subnet-1");
        assertThat(settings.snapStartApplyOn()).isEqualTo(SnapStartApplyOn.PUBLISHED_VERSIONS);
        assertThat(retired).containsExactly(new FunctionReference("orders", FunctionConfiguration.LATEST));
    }

    @Test
    void emptyValuesRemoveTheKeyTheVpcAndTheFileSystems() {
        create("orders", new FunctionSettingsChange(null, null, KEY, new FunctionSettingsChange.Vpc(
                List.of("subnet-1"), List.of("sg-1"), true), List.of(new FileSystemMount(ACCESS_POINT, "/mnt/data")),
                null));

        update("orders", new FunctionSettingsChange(null, null, "", new FunctionSettingsChange.Vpc(List.of(),
                List.of(), null), List.of(), null));

        assertThat(functions.configuration("orders", null).settings()).isEqualTo(FunctionSettings.DEFAULT);
    }

    @Test
    void aPublishedVersionKeepsItsSettingsAndAChangeMakesANewVersion() {
        create("orders", logging("JSON", null, null, "/my/app"));
        FunctionConfiguration first = functions.publishVersion("orders", null, null, null);

        update("orders", new FunctionSettingsChange("Active", null, null, null, null, null));
        FunctionConfiguration second = functions.publishVersion("orders", null, null, null);

        assertThat(first.version()).isEqualTo("1");
        assertThat(second.version()).isEqualTo("2");
        assertThat(functions.configuration("orders", "1").settings().tracingMode()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(functions.configuration("orders", "1").logGroup()).isEqualTo("/my/app");
        assertThat(functions.configuration("orders", "2").settings().tracingMode()).isEqualTo(TracingMode.ACTIVE);
    }

    @Test
    void enumValuesAreCheckedWithLambdasValidationMessages() {
        expectRefused(new FunctionSettingsChange("On", null, null, null, null, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'On' at 'tracingConfig.mode' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [Active, PassThrough]");
        expectRefused(logging("Json", null, null, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'Json' at 'loggingConfig.logFormat' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [JSON, Text]");
        expectRefused(logging("JSON", "VERBOSE", null, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'VERBOSE' at 'loggingConfig.applicationLogLevel' failed to"
                        + " satisfy constraint: Member must satisfy enum value set: [TRACE, DEBUG, INFO, WARN, ERROR,"
                        + " FATAL]");
        expectRefused(logging("JSON", null, "ERROR", null), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'ERROR' at 'loggingConfig.systemLogLevel' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [DEBUG, INFO, WARN]");
        expectRefused(new FunctionSettingsChange(null, null, null, null, null, "Always"), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'Always' at 'snapStart.applyOn' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [PublishedVersions, None]");
    }

    @Test
    void patternsAndLengthsAreCheckedWithLambdasValidationMessages() {
        expectRefused(logging(null, null, null, "my app"), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'my app' at 'loggingConfig.logGroup' failed to satisfy"
                        + " constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
        expectRefused(logging(null, null, null, ""), ErrorCode.VALIDATION,
                "1 validation error detected: Value '' at 'loggingConfig.logGroup' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 1");
        expectRefused(new FunctionSettingsChange(null, null, "key-1", null, null, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value 'key-1' at 'kMSKeyArn' failed to satisfy constraint: Member must"
                        + " satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()");
        expectRefused(new FunctionSettingsChange(null, null, null, null,
                List.of(new FileSystemMount(ACCESS_POINT, "/data")), null), ErrorCode.VALIDATION,
                "1 validation error detected: Value '/data' at 'fileSystemConfigs.1.member.localMountPath' failed"
                        + " to satisfy constraint: Member must satisfy regular expression pattern:"
                        + " /mnt/[a-zA-Z0-9-_.]+");
    }

    @Test
    void atMostSixteenSubnetsFiveSecurityGroupsAndOneFileSystem() {
        List<String> subnets = Collections.nCopies(17, "subnet-1");
        expectRefused(new FunctionSettingsChange(null, null, null, new FunctionSettingsChange.Vpc(subnets,
                List.of(), null), null, null), ErrorCode.VALIDATION, "1 validation error detected: Value '" + subnets
                + "' at 'vpcConfig.subnetIds' failed to satisfy constraint: Member must have length less than or"
                + " equal to 16");
        List<String> groups = Collections.nCopies(6, "sg-1");
        expectRefused(new FunctionSettingsChange(null, null, null, new FunctionSettingsChange.Vpc(List.of(),
                groups, null), null, null), ErrorCode.VALIDATION, "1 validation error detected: Value '" + groups
                + "' at 'vpcConfig.securityGroupIds' failed to satisfy constraint: Member must have length less than"
                + " or equal to 5");
        List<FileSystemMount> mounts = List.of(new FileSystemMount(ACCESS_POINT, "/mnt/a"),
                new FileSystemMount(ACCESS_POINT, "/mnt/b"));
        expectRefused(new FunctionSettingsChange(null, null, null, null, mounts, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value '" + mounts + "' at 'fileSystemConfigs' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 1");
        create("sixteen", new FunctionSettingsChange(null, null, null, new FunctionSettingsChange.Vpc(
                Collections.nCopies(16, "subnet-1"), Collections.nCopies(5, "sg-1"), null), null, null));
    }

    private int functionsMade;

    /** Refused by CreateFunction, and by UpdateFunctionConfiguration of a function with the defaults. */
    private void expectRefused(FunctionSettingsChange change, ErrorCode code, String message) {
        assertThatThrownBy(() -> create("refused", change)).isInstanceOfSatisfying(BaristaException.class,
                exception -> assertThat(exception.code()).isEqualTo(code)).hasMessage(message);
        String name = "updated-" + ++functionsMade;
        create(name, FunctionSettingsChange.NONE);
        assertThatThrownBy(() -> update(name, change)).hasMessage(message);
        assertThat(functions.configuration(name, null).settings()).isEqualTo(FunctionSettings.DEFAULT);
    }

    private FunctionConfiguration create(String name, FunctionSettingsChange change) {
        return functions.create(new CreateFunctionCommand(name, "python3.12", "arn:aws:iam::123456789012:role/test",
                "app.handler", null, null, null, null, null, null, FakeCodeStore.zip(name), null, null, null, null,
                null, false, null, null, change));
    }

    private void update(String name, FunctionSettingsChange change) {
        functions.updateConfiguration(new UpdateFunctionConfigurationCommand(name, null, null, null, null, null, null,
                null, null, null, null, null, change));
    }

    private static FunctionSettingsChange logging(String format, String application, String system, String group) {
        return new FunctionSettingsChange(null, new FunctionSettingsChange.Logging(format, application, system,
                group), null, null, null, null);
    }
}
