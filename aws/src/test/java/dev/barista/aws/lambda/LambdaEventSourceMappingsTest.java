package dev.barista.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.aws.AwsGateway;
import dev.barista.core.function.FakeCodeStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListEventSourceMappingsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceInUseException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.UpdateEventSourceMappingResponse;

/** Event source mappings through the real SDK's marshallers, in process: shapes, statuses and error codes. */
class LambdaEventSourceMappingsTest {
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";
    private static final String OTHER_QUEUE = "arn:aws:sqs:us-east-1:123456789012:refunds";

    private final LambdaFixture lambda = new LambdaFixture();
    private final AwsGateway gateway = lambda.gateway;
    private final LambdaClient client = LambdaClient.builder()
            .httpClient(new InProcessHttpClient(gateway))
            .endpointOverride(URI.create("http://localhost:4566"))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .overrideConfiguration(configuration -> configuration.retryStrategy(DefaultRetryStrategy.doNotRetry()))
            .build();

    LambdaEventSourceMappingsTest() {
        lambda.queues.add(QUEUE, Duration.ofSeconds(30));
        lambda.queues.add(OTHER_QUEUE, Duration.ofSeconds(30));
        client.createFunction(builder -> builder.functionName("worker").runtime(Runtime.PYTHON3_12)
                .role(LambdaFixture.ROLE).handler("app.handler")
                .code(code -> code.zipFile(SdkBytes.fromByteArray(FakeCodeStore.zip("worker")))));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private CreateEventSourceMappingResponse create(String queueArn) {
        return client.createEventSourceMapping(builder -> builder.functionName("worker").eventSourceArn(queueArn));
    }

    @Test
    void createAnswers202WithEveryMemberLambdaReturnsForSqs() {
        CreateEventSourceMappingResponse created = client.createEventSourceMapping(builder -> builder
                .functionName("worker").eventSourceArn(QUEUE).batchSize(100).maximumBatchingWindowInSeconds(5)
                .filterCriteria(criteria -> criteria.filters(filter -> filter.pattern("{\"body\":{\"a\":[1]}}")))
                .scalingConfig(scaling -> scaling.maximumConcurrency(10))
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(created.uuid()).matches("[0-9a-f-]{36}");
        assertThat(created.eventSourceArn()).isEqualTo(QUEUE);
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:worker");
        assertThat(created.batchSize()).isEqualTo(100);
        assertThat(created.maximumBatchingWindowInSeconds()).isEqualTo(5);
        assertThat(created.filterCriteria().filters()).singleElement()
                .satisfies(filter -> assertThat(filter.pattern()).isEqualTo("{\"body\":{\"a\":[1]}}"));
        assertThat(created.scalingConfig().maximumConcurrency()).isEqualTo(10);
        assertThat(created.functionResponseTypes()).containsExactly(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES);
        assertThat(created.state()).isEqualTo("Creating");
        assertThat(created.stateTransitionReason()).isEqualTo("USER_INITIATED");
        assertThat(created.lastModified()).isEqualTo(Instant.parse("2024-01-01T12:00:00.123Z"));
        assertThat(created.eventSourceMappingArn())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:event-source-mapping:" + created.uuid());
    }

    @Test
    void defaultsLeaveOutFiltersAndScaling() {
        CreateEventSourceMappingResponse created = create(QUEUE);

        assertThat(created.batchSize()).isEqualTo(10);
        assertThat(created.maximumBatchingWindowInSeconds()).isZero();
        assertThat(created.filterCriteria()).isNull();
        assertThat(created.scalingConfig()).isNull();
        assertThat(created.functionResponseTypes()).isEmpty();
    }

    @Test
    void getListUpdateAndDeleteFollowTheLifecycle() {
        String uuid = create(QUEUE).uuid();
        String other = create(OTHER_QUEUE).uuid();
        lambda.mappings.completeTransition(uuid);

        assertThat(client.getEventSourceMapping(builder -> builder.uuid(uuid)).state()).isEqualTo("Enabled");
        ListEventSourceMappingsResponse ofQueue = client.listEventSourceMappings(builder -> builder
                .eventSourceArn(QUEUE));
        assertThat(ofQueue.eventSourceMappings()).extracting(EventSourceMappingConfiguration::uuid)
                .containsExactly(uuid);
        ListEventSourceMappingsResponse firstPage = client.listEventSourceMappings(builder -> builder
                .functionName("worker").maxItems(1));
        assertThat(firstPage.eventSourceMappings()).hasSize(1);
        assertThat(client.listEventSourceMappings(builder -> builder.marker(firstPage.nextMarker()))
                .eventSourceMappings()).hasSize(1);

        UpdateEventSourceMappingResponse disabled = client.updateEventSourceMapping(builder -> builder.uuid(uuid)
                .enabled(false).batchSize(5));
        assertThat(disabled.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(disabled.state()).isEqualTo("Disabling");
        assertThat(disabled.batchSize()).isEqualTo(5);
        lambda.mappings.completeTransition(uuid);

        assertThat(client.deleteEventSourceMapping(builder -> builder.uuid(uuid)).state()).isEqualTo("Deleting");
        lambda.mappings.completeTransition(uuid);
        assertThat(client.listEventSourceMappings(builder -> { }).eventSourceMappings())
                .extracting(EventSourceMappingConfiguration::uuid).containsExactly(other);
    }

    @Test
    void anUnknownUuidIsResourceNotFound() {
        assertThatThrownBy(() -> client.getEventSourceMapping(builder -> builder.uuid("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("The resource you requested does not exist.");
        assertThatThrownBy(() -> client.deleteEventSourceMapping(builder -> builder.uuid("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aDuplicateIsResourceConflict() {
        String first = create(QUEUE).uuid();

        assertThatThrownBy(() -> create(QUEUE)).isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("Please update or delete the existing mapping with UUID " + first);
    }

    @Test
    void changingAMappingMidChangeIsResourceInUse() {
        String uuid = create(QUEUE).uuid();

        assertThatThrownBy(() -> client.updateEventSourceMapping(builder -> builder.uuid(uuid).batchSize(3)))
                .isInstanceOf(ResourceInUseException.class)
                .satisfies(failure -> assertThat(((LambdaException) failure).statusCode()).isEqualTo(400));
    }

    @Test
    void invalidSettingsAreInvalidParameterValues() {
        assertThatThrownBy(() -> client.createEventSourceMapping(builder -> builder.functionName("worker")
                .eventSourceArn(QUEUE).batchSize(11)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Maximum batch window in seconds must be greater than 0 if maximum batch"
                        + " size is greater than 10");
        assertThatThrownBy(() -> client.createEventSourceMapping(builder -> builder.functionName("worker")
                .eventSourceArn(QUEUE).startingPosition("LATEST")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("StartingPosition is not valid for SQS event sources.");
        assertThatThrownBy(() -> client.createEventSourceMapping(builder -> builder.functionName("worker")
                .eventSourceArn("arn:aws:sqs:us-east-1:123456789012:missing")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("AWS.SimpleQueueService.NonExistentQueue");
        assertThatThrownBy(() -> client.createEventSourceMapping(builder -> builder.functionName("worker")
                .eventSourceArn(QUEUE).filterCriteria(criteria -> criteria.filters(filter -> filter.pattern("{")))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Invalid filter pattern definition.");
    }

    @Test
    void outOfRangeValuesAreValidationErrors() {
        assertThatThrownBy(() -> client.createEventSourceMapping(builder -> builder.functionName("worker")
                .eventSourceArn(QUEUE).batchSize(0)))
                .isInstanceOf(LambdaException.class)
                .satisfies(failure -> assertThat(((LambdaException) failure).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }
}
