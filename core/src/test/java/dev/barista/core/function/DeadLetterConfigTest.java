package dev.barista.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A function's DeadLetterConfig: which targets are taken, and how create, update and publish keep it. */
class DeadLetterConfigTest {
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:dead-letters";

    private final FunctionService functions = new FunctionService(new InMemoryFunctionStore(), new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON312), new AccountSettings("123456789012", "us-east-1", 1000, 100),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), retired -> {
            });
    private int functionsMade;

    @Test
    void anSqsQueueIsKeptByCreateAndCodeUpdatesAndLockedInByPublish() {
        create("orders", QUEUE);

        functions.updateCode(new UpdateFunctionCodeCommand("orders", FakeCodeStore.zip("v2"), null, null, null, null,
                false, false, null));
        FunctionConfiguration published = functions.publishVersion("orders", null, null, null);
        functions.updateConfiguration(update("orders", ""));

        assertThat(functions.configuration("orders", null).deadLetterTargetArn()).isNull();
        assertThat(published.deadLetterTargetArn()).isEqualTo(QUEUE);
        assertThat(functions.configuration("orders", "1").deadLetterTargetArn()).isEqualTo(QUEUE);
    }

    @Test
    void anUpdateWithoutOneKeepsItAndAChangedOneMakesANewVersion() {
        create("orders", null);
        functions.publishVersion("orders", null, null, null);

        functions.updateConfiguration(update("orders", QUEUE));
        functions.updateConfiguration(update("orders", null));
        FunctionConfiguration published = functions.publishVersion("orders", null, null, null);

        assertThat(functions.configuration("orders", null).deadLetterTargetArn()).isEqualTo(QUEUE);
        assertThat(published.version()).isEqualTo("2");
    }

    @Test
    void onlyStandardSqsQueuesOfTheRegionAreTaken() {
        expect("arn:aws:lambda:us-east-1:123456789012:function:other", ErrorCode.INVALID_PARAMETER_VALUE,
                "Invalid dead letter queue ARN: The service specified by the TargetArn is not supported for dead"
                        + " letter configuration.");
        expect("arn:aws:sqs:eu-west-1:123456789012:dead-letters", ErrorCode.INVALID_PARAMETER_VALUE,
                "Invalid dead letter queue ARN: The resource specified by the TargetArn must be in the same region as"
                        + " the Lambda function it's associated with.");
        expect("arn:aws:sqs:us-east-1:123456789012:dead-letters.fifo", ErrorCode.INVALID_PARAMETER_VALUE,
                "Invalid dead letter queue ARN: FIFO SQS queue is not supported for dead letter configuration");
        expect("arn:aws:sns:us-east-1:123456789012:alerts", ErrorCode.INVALID_PARAMETER_VALUE,
                "Barista does not support SNS topics as dead-letter queues yet; use an SQS queue.");
        expect("queue", ErrorCode.VALIDATION, "1 validation error detected: Value 'queue' at"
                + " 'deadLetterConfig.targetArn' failed to satisfy constraint: Member must satisfy regular expression"
                + " pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()");
    }

    private void expect(String target, ErrorCode code, String message) {
        assertThatThrownBy(() -> create("refused", target)).isInstanceOfSatisfying(BaristaException.class,
                exception -> assertThat(exception.code()).isEqualTo(code)).hasMessage(message);
        String name = "updated-" + ++functionsMade;
        create(name, null);
        assertThatThrownBy(() -> functions.updateConfiguration(update(name, target))).hasMessage(message);
    }

    private void create(String name, String deadLetterTarget) {
        functions.create(new CreateFunctionCommand(name, "python3.12", "arn:aws:iam::123456789012:role/test",
                "app.handler", null, null, null, null, null, null, FakeCodeStore.zip(name), null, null, null, null,
                null, false, null, deadLetterTarget, null));
    }

    private static UpdateFunctionConfigurationCommand update(String name, String deadLetterTarget) {
        return new UpdateFunctionConfigurationCommand(name, null, null, null, null, null, null, null, null, null, null,
                deadLetterTarget, null);
    }
}
