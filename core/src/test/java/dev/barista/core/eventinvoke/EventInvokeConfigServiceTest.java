package dev.barista.core.eventinvoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.AliasCommand;
import dev.barista.core.function.CreateFunctionCommand;
import dev.barista.core.function.FakeCodeStore;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.InMemoryFunctionStore;
import dev.barista.core.function.Runtime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventInvokeConfigServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:failures";

    private final InMemoryFunctionStore functionStore = new InMemoryFunctionStore();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final FunctionService functions = new FunctionService(functionStore, new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON312), new AccountSettings("123456789012", "us-east-1", 1000, 100), clock,
            retired -> {
            });
    private final EventInvokeConfigService configs = new EventInvokeConfigService(
            new InMemoryEventInvokeConfigStore(functionStore), functions, clock);

    @BeforeEach
    void createFunctions() {
        create("orders");
        create("audit");
        functions.publishVersion("orders", null, null, null);
        functions.createAlias(new AliasCommand("orders", "live", "1", null, null, null));
    }

    @Test
    void putStoresWhatItIsGivenForLatest() {
        EventInvokeConfig config = configs.put(command("orders", null, 1, 3600,
                new DestinationConfig(ARN + "audit", QUEUE)));

        assertThat(config).isEqualTo(new EventInvokeConfig("orders", "$LATEST", 1, 3600, ARN + "audit", QUEUE, NOW));
        assertThat(configs.get("orders", null)).isEqualTo(config);
        assertThat(configs.get(ARN + "orders:$LATEST", null)).isEqualTo(config);
    }

    @Test
    void configurationsArePerQualifier() {
        configs.put(command("orders", "live", 0, null, null));
        configs.put(command(ARN + "orders:1", null, 2, null, null));

        assertThat(configs.get("orders", "live").maximumRetryAttempts()).isZero();
        assertThat(configs.get("orders", "1").maximumRetryAttempts()).isEqualTo(2);
        assertThat(configs.forInvocation("orders", "live")).map(EventInvokeConfig::qualifier).contains("live");
        assertThat(configs.forInvocation("orders", null)).isEmpty();
        expect(() -> configs.get("orders", null), ErrorCode.RESOURCE_NOT_FOUND,
                "The function " + ARN + "orders:$LATEST doesn't have an EventInvokeConfig");
    }

    @Test
    void putReplacesAndUpdateMerges() {
        configs.put(command("orders", null, 1, 3600, new DestinationConfig(null, QUEUE)));

        EventInvokeConfig replaced = configs.put(command("orders", null, null, 120, null));
        EventInvokeConfig merged = configs.update(command("orders", null, 0, null, null));

        assertThat(replaced).isEqualTo(new EventInvokeConfig("orders", "$LATEST", null, 120, null, null, NOW));
        assertThat(merged).isEqualTo(new EventInvokeConfig("orders", "$LATEST", 0, 120, null, null, NOW));
    }

    @Test
    void anUpdatedDestinationConfigReplacesBothDestinations() {
        configs.put(command("orders", null, null, null, new DestinationConfig(ARN + "audit", QUEUE)));

        EventInvokeConfig updated = configs.update(command("orders", null, null, null,
                new DestinationConfig(null, ARN + "audit")));

        assertThat(updated.onSuccess()).isNull();
        assertThat(updated.onFailure()).isEqualTo(ARN + "audit");
    }

    @Test
    void outOfRangeSettingsAreValidationErrorsListedTogether() {
        expect(() -> configs.put(command("orders", null, 3, null, null)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 2");
        expect(() -> configs.put(command("orders", null, -1, 59, null)), ErrorCode.VALIDATION,
                "2 validation errors detected: Value '-1' at 'maximumRetryAttempts' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 0; Value '59' at"
                        + " 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater"
                        + " than or equal to 60");
        expect(() -> configs.update(command("orders", null, null, 21_601, null)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '21601' at 'maximumEventAgeInSeconds' failed to satisfy"
                        + " constraint: Member must have value less than or equal to 21600");
    }

    @Test
    void aDestinationThatIsNoArnIsAValidationError() {
        expect(() -> configs.put(command("orders", null, null, null, new DestinationConfig("invalid", null))),
                ErrorCode.VALIDATION, "1 validation error detected: Value 'invalid' at"
                        + " 'destinationConfig.onSuccess.destination' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern: ^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}((-gov)|"
                        + "(-iso(b?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
    }

    @Test
    void settingNothingIsAnInvalidParameter() {
        expect(() -> configs.put(command("orders", null, null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE,
                "You must specify at least one of error handling or destination setting.");
        expect(() -> configs.update(command("orders", null, null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE,
                "You must specify at least one of error handling or destination setting.");
    }

    @Test
    void aMissingFunctionOrQualifierIsNotFound() {
        expect(() -> configs.put(command("nobody", null, 1, null, null)), ErrorCode.RESOURCE_NOT_FOUND,
                "The function doesn't exist.");
        expect(() -> configs.put(command("orders", "7", 1, null, null)), ErrorCode.RESOURCE_NOT_FOUND,
                "The function doesn't exist.");
        expect(() -> configs.put(command("orders", "canary", 1, null, null)), ErrorCode.RESOURCE_NOT_FOUND,
                "The function doesn't exist.");
        expect(() -> configs.list("nobody", null, null), ErrorCode.RESOURCE_NOT_FOUND,
                "The function doesn't exist.");
    }

    @Test
    void updateGetAndDeleteNeedAConfiguration() {
        String message = "The function " + ARN + "orders:live doesn't have an EventInvokeConfig";
        expect(() -> configs.update(command("orders", "live", 1, null, null)), ErrorCode.RESOURCE_NOT_FOUND,
                message);
        expect(() -> configs.get("orders", "live"), ErrorCode.RESOURCE_NOT_FOUND, message);
        expect(() -> configs.delete("orders", "live"), ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    @Test
    void deleteRemovesTheConfiguration() {
        configs.put(command("orders", null, 1, null, null));

        configs.delete("orders", null);

        assertThat(configs.forInvocation("orders", null)).isEmpty();
    }

    @Test
    void lambdaDestinationsMustExistHereAndNotBeTheFunctionItself() {
        expect(() -> configs.put(destination(ARN + "nobody")), ErrorCode.INVALID_PARAMETER_VALUE,
                "The destination ARN " + ARN + "nobody is invalid.");
        expect(() -> configs.put(destination("arn:aws:lambda:eu-west-1:123456789012:function:audit")),
                ErrorCode.INVALID_PARAMETER_VALUE,
                "The destination ARN arn:aws:lambda:eu-west-1:123456789012:function:audit is invalid.");
        expect(() -> configs.put(destination(ARN + "audit:nope")), ErrorCode.INVALID_PARAMETER_VALUE,
                "The destination ARN " + ARN + "audit:nope is invalid.");
        expect(() -> configs.put(destination(ARN + "orders")), ErrorCode.INVALID_PARAMETER_VALUE,
                "You can't specify the function as a destination for itself.");
        assertThat(configs.put(destination(ARN + "audit")).onFailure()).isEqualTo(ARN + "audit");
    }

    @Test
    void snsTopicsAndEventBusesAreRefusedAsTargetsBaristaCannotReach() {
        for (String arn : List.of("arn:aws:sns:us-east-1:123456789012:alerts",
                "arn:aws:events:us-east-1:123456789012:event-bus/default")) {
            expect(() -> configs.put(destination(arn)), ErrorCode.INVALID_PARAMETER_VALUE,
                    "The destination ARN " + arn + " is invalid.");
        }
    }

    @Test
    void aServiceThatIsNeverADestinationMakesTheConfigInvalid() {
        expect(() -> configs.put(destination("arn:aws:dynamodb:us-east-1:123456789012:table/orders")),
                ErrorCode.INVALID_PARAMETER_VALUE, "The provided destination config DestinationConfig(onSuccess=null,"
                        + " onFailure=OnFailure(destination=arn:aws:dynamodb:us-east-1:123456789012:table/orders))"
                        + " is invalid.");
    }

    @Test
    void listingAcceptsOneToFiftyItems() {
        configs.put(command("orders", null, 1, null, null));
        configs.put(command("orders", "live", 1, null, null));

        assertThat(configs.list("orders", null, null).items()).extracting(EventInvokeConfig::qualifier)
                .containsExactly("$LATEST", "live");
        assertThat(configs.list("orders", null, 1).nextMarker()).isNotNull();
        expect(() -> configs.list("orders", null, 51), ErrorCode.VALIDATION, "1 validation error detected: Value"
                + " '51' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 50");
    }

    private void create(String name) {
        functions.create(new CreateFunctionCommand(name, "python3.12", "arn:aws:iam::123456789012:role/test",
                "app.handler", null, null, null, null, null, null, FakeCodeStore.zip(name), null, null, null, null,
                null, false, null));
    }

    private static EventInvokeConfigCommand command(String function, String qualifier, Integer retries,
                                                    Integer maximumAge, DestinationConfig destinations) {
        return new EventInvokeConfigCommand(function, qualifier, retries, maximumAge, destinations);
    }

    private static EventInvokeConfigCommand destination(String onFailure) {
        return command("orders", null, null, null, new DestinationConfig(null, onFailure));
    }

    private static void expect(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BaristaException.class,
                exception -> assertThat(exception.code()).isEqualTo(code)).hasMessage(message);
    }
}
