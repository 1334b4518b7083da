package dev.barista.core.queue;

import static dev.barista.core.queue.QueueFixture.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueLifecycleTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewQueueHasSqsDefaultsAndItsArn() {
        String url = fixture.create("orders");

        assertThat(fixture.attributes(url)).containsExactly(
                Map.entry("ApproximateNumberOfMessages", "0"),
                Map.entry("ApproximateNumberOfMessagesNotVisible", "0"),
                Map.entry("ApproximateNumberOfMessagesDelayed", "0"),
                Map.entry("CreatedTimestamp", Long.toString(QueueFixture.START.getEpochSecond())),
                Map.entry("LastModifiedTimestamp", Long.toString(QueueFixture.START.getEpochSecond())),
                Map.entry("QueueArn", QueueFixture.arn("orders")),
                Map.entry("DelaySeconds", "0"),
                Map.entry("MaximumMessageSize", "1048576"),
                Map.entry("MessageRetentionPeriod", "345600"),
                Map.entry("ReceiveMessageWaitTimeSeconds", "0"),
                Map.entry("VisibilityTimeout", "30"),
                Map.entry("SqsManagedSseEnabled", "true"));
    }

    @Test
    void eachQueueReportsItsVisibleMessagesForMonitoring() {
        String orders = fixture.create("orders");
        fixture.create("empty");
        fixture.send(orders, "one");
        fixture.send(orders, "two");

        assertThat(queues.visibleMessagesByQueue()).containsExactly(Map.entry("empty", 0L), Map.entry("orders", 2L));
    }

    @Test
    void aFifoQueueAnswersItsFifoAttributes() {
        String url = fixture.create("orders.fifo", Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true",
                "DeduplicationScope", "messageGroup", "FifoThroughputLimit", "perMessageGroupId"));

        assertThat(fixture.attributes(url)).containsEntry("FifoQueue", "true")
                .containsEntry("ContentBasedDeduplication", "true").containsEntry("DeduplicationScope", "messageGroup")
                .containsEntry("FifoThroughputLimit", "perMessageGroupId");
    }

    @Test
    void onlyTheNamedAttributesAreAnswered() {
        String url = fixture.create("orders", Map.of("VisibilityTimeout", "45"));

        assertThat(queues.getQueueAttributes(url, List.of("VisibilityTimeout", "QueueArn")))
                .containsOnlyKeys("VisibilityTimeout", "QueueArn").containsEntry("VisibilityTimeout", "45");
        assertThat(queues.getQueueAttributes(url, List.of())).isEmpty();
    }

    @Test
    void anUnknownAttributeNameIsRefused() {
        String url = fixture.create("orders");

        assertError(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute Color.",
                () -> queues.getQueueAttributes(url, List.of("Color")));
        assertError(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute Color.",
                () -> queues.createQueue("other", Map.of("Color", "red"), Map.of()));
        assertError(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute QueueArn.",
                () -> queues.setQueueAttributes(url, Map.of("QueueArn", "x")));
        assertError(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute ContentBasedDeduplication.",
                () -> queues.createQueue("standard", Map.of("ContentBasedDeduplication", "true"), Map.of()));
    }

    @Test
    void outOfRangeValuesAreInvalidAttributeValues() {
        for (Map.Entry<String, String> attribute : List.of(Map.entry("DelaySeconds", "901"),
                Map.entry("MaximumMessageSize", "1023"), Map.entry("MaximumMessageSize", "1048577"),
                Map.entry("MessageRetentionPeriod", "59"), Map.entry("MessageRetentionPeriod", "1209601"),
                Map.entry("ReceiveMessageWaitTimeSeconds", "21"), Map.entry("VisibilityTimeout", "43201"),
                Map.entry("VisibilityTimeout", "-1"), Map.entry("VisibilityTimeout", "ten"),
                Map.entry("Policy", "{not json"))) {
            assertError(ErrorCode.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter " + attribute.getKey()
                    + ".", () -> queues.createQueue("orders", Map.of(attribute.getKey(), attribute.getValue()),
                    Map.of()));
        }
    }

    @Test
    void queueNamesFollowSqsRules() {
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Can only include alphanumeric characters, hyphens, or"
                + " underscores. 1 to 80 in length", () -> queues.createQueue("a".repeat(81), Map.of(), Map.of()));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Can only include alphanumeric characters, hyphens, or"
                + " underscores. 1 to 80 in length", () -> queues.createQueue("no.dots", Map.of(), Map.of()));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "The name of a FIFO queue can only include alphanumeric"
                + " characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.",
                () -> queues.createQueue("orders", Map.of("FifoQueue", "true"), Map.of()));
        assertThatThrownBy(() -> queues.createQueue("orders.fifo", Map.of(), Map.of()))
                .isInstanceOf(BaristaException.class);
        assertThat(queues.createQueue("a".repeat(75) + ".fifo", Map.of("FifoQueue", "true"), Map.of()))
                .hasSize(80);
    }

    @Test
    void creatingAnExistingQueueWithTheSameAttributesAnswersIt() {
        fixture.create("orders", Map.of("VisibilityTimeout", "45"));

        assertThat(queues.createQueue("orders", Map.of("VisibilityTimeout", "45"), Map.of())).isEqualTo("orders");
        assertThat(queues.createQueue("orders", Map.of(), Map.of())).isEqualTo("orders");
        assertThat(queues.createQueue("orders", Map.of("DelaySeconds", "0"), Map.of())).isEqualTo("orders");
    }

    @Test
    void creatingAnExistingQueueWithOtherAttributesIsAConflict() {
        fixture.create("orders", Map.of("VisibilityTimeout", "45"));

        assertError(ErrorCode.RESOURCE_CONFLICT, "A queue already exists with the same name and a different value"
                + " for attribute VisibilityTimeout",
                () -> queues.createQueue("orders", Map.of("VisibilityTimeout", "46"), Map.of()));
    }

    @Test
    void getQueueUrlFindsOnlyQueuesOfThisAccount() {
        fixture.create("orders");

        assertThat(queues.getQueueUrl("orders", null)).isEqualTo("orders");
        assertThat(queues.getQueueUrl("orders", QueueFixture.ACCOUNT)).isEqualTo("orders");
        assertError(ErrorCode.RESOURCE_NOT_FOUND, "The specified queue does not exist.",
                () -> queues.getQueueUrl("orders", "999999999999"));
        assertError(ErrorCode.RESOURCE_NOT_FOUND, "The specified queue does not exist.",
                () -> queues.getQueueUrl("missing", null));
    }

    @Test
    void aQueueUrlIsReadFromItsPathOrItsBareName() {
        fixture.create("orders");

        assertThat(queues.listQueueTags("http://sqs.us-east-1.amazonaws.com/" + QueueFixture.ACCOUNT + "/orders"))
                .isEmpty();
        assertThat(queues.listQueueTags("/" + QueueFixture.ACCOUNT + "/orders")).isEmpty();
        assertThat(queues.listQueueTags("orders")).isEmpty();
        assertError(ErrorCode.RESOURCE_NOT_FOUND, "The specified queue does not exist.",
                () -> queues.listQueueTags("http://localhost:4566/999999999999/orders"));
        assertError(ErrorCode.INVALID_ADDRESS, "The address http://localhost:4566/ is not valid for this endpoint.",
                () -> queues.listQueueTags("http://localhost:4566/"));
    }

    @Test
    void listQueuesFiltersByPrefixAndPages() {
        for (String name : List.of("b-2", "a-1", "b-1", "b-3", "c-1")) {
            fixture.create(name);
        }

        assertThat(queues.listQueues(null, null, null).queueNames()).containsExactly("a-1", "b-1", "b-2", "b-3",
                "c-1");
        assertThat(queues.listQueues("b-", null, null)).isEqualTo(new QueueListing(List.of("b-1", "b-2", "b-3"),
                null));
        QueueListing first = queues.listQueues("b-", 2, null);
        assertThat(first.queueNames()).containsExactly("b-1", "b-2");
        QueueListing second = queues.listQueues("b-", 2, first.nextToken());
        assertThat(second).isEqualTo(new QueueListing(List.of("b-3"), null));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 0 for parameter MaxResults is invalid. Reason:"
                + " MaxResults must be an integer between 1 and 1000.", () -> queues.listQueues(null, 0, null));
    }

    @Test
    void aDeletedQueueIsGoneAndItsNameWaitsSixtySeconds() {
        String url = fixture.create("orders");
        fixture.send(url, "hello");

        queues.deleteQueue(url);

        assertError(ErrorCode.RESOURCE_NOT_FOUND, "The specified queue does not exist.",
                () -> queues.getQueueAttributes(url, List.of("All")));
        assertError(ErrorCode.QUEUE_DELETED_RECENTLY, "You must wait 60 seconds after deleting a queue before you"
                + " can create another with the same name.", () -> queues.createQueue("orders", Map.of(), Map.of()));
        fixture.clock.advance(Duration.ofSeconds(60));
        fixture.create("orders");
        assertThat(fixture.receive(url, 10)).isEmpty();
    }

    @Test
    void setQueueAttributesChangesThemAndTheModificationTime() {
        String url = fixture.create("orders");
        fixture.clock.advance(Duration.ofSeconds(10));

        queues.setQueueAttributes(url, Map.of("VisibilityTimeout", "5", "Policy", "{\"Version\":\"2012-10-17\"}"));

        assertThat(fixture.attributes(url)).containsEntry("VisibilityTimeout", "5")
                .containsEntry("Policy", "{\"Version\":\"2012-10-17\"}")
                .containsEntry("LastModifiedTimestamp", Long.toString(QueueFixture.START.getEpochSecond() + 10));
        queues.setQueueAttributes(url, Map.of("Policy", ""));
        assertThat(fixture.attributes(url)).doesNotContainKey("Policy");
    }

    @Test
    void fifoQueueIsSetOnlyAtCreation() {
        String url = fixture.create("orders.fifo");

        assertError(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute FifoQueue.",
                () -> queues.setQueueAttributes(url, Map.of("FifoQueue", "true")));
    }

    @Test
    void perMessageGroupThroughputNeedsMessageGroupDeduplication() {
        assertError(ErrorCode.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter FifoThroughputLimit."
                + " Reason: perMessageGroupId is allowed only when DeduplicationScope is messageGroup.",
                () -> queues.createQueue("orders.fifo", Map.of("FifoQueue", "true",
                        "FifoThroughputLimit", "perMessageGroupId"), Map.of()));
    }

    @Test
    void purgeDeletesEveryMessageOnceAMinute() {
        String url = fixture.create("orders");
        fixture.send(url, "one");
        fixture.send(url, "two");

        queues.purgeQueue(url);

        assertThat(fixture.receive(url, 10)).isEmpty();
        assertError(ErrorCode.PURGE_IN_PROGRESS, "Only one PurgeQueue operation on orders is allowed every 60"
                + " seconds.", () -> queues.purgeQueue(url));
        fixture.clock.advance(Duration.ofSeconds(60));
        queues.purgeQueue(url);
    }

    @Test
    void tagsAreAddedReplacedAndRemoved() {
        String url = url(queues.createQueue("orders", Map.of(), Map.of("team", "a")));

        queues.tagQueue(url, Map.of("team", "b", "cost", "1"));
        queues.untagQueue(url, List.of("cost", "absent"));

        assertThat(queues.listQueueTags(url)).containsExactly(Map.entry("team", "b"));
    }

    @Test
    void aQueueHoldsAtMostFiftyTags() {
        String url = fixture.create("orders");
        Map<String, String> tags = new java.util.HashMap<>();
        for (int index = 0; index < 51; index++) {
            tags.put("k" + index, "v");
        }

        assertError(ErrorCode.OVER_LIMIT, "Too many tags added for queue orders.", () -> queues.tagQueue(url, tags));
    }

    @Test
    void aRedrivePolicyNeedsAnExistingDeadLetterQueueOfTheSameType() {
        fixture.create("dlq.fifo");
        String policy = "{\"deadLetterTargetArn\":\"" + QueueFixture.arn("missing") + "\",\"maxReceiveCount\":3}";

        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value " + policy + " for parameter RedrivePolicy is invalid."
                + " Reason: Dead letter target does not exist.",
                () -> queues.createQueue("orders", Map.of("RedrivePolicy", policy), Map.of()));
        assertThatThrownBy(() -> queues.createQueue("orders", Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\""
                + QueueFixture.arn("dlq.fifo") + "\",\"maxReceiveCount\":3}"), Map.of()))
                .hasMessageContaining("Dead-letter queue must be same type of queue as the source.");
        assertThatThrownBy(() -> queues.createQueue("orders", Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\""
                + QueueFixture.arn("dlq.fifo") + "\",\"maxReceiveCount\":0}"), Map.of()))
                .hasMessageContaining("Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both"
                        + " inclusive.");
    }

    @Test
    void aRedrivePolicyIsAnsweredInNormalForm() {
        fixture.create("dlq");
        String url = fixture.create("orders", Map.of("RedrivePolicy", "{\"maxReceiveCount\":\"5\", "
                + "\"deadLetterTargetArn\":\"" + QueueFixture.arn("dlq") + "\"}"));

        assertThat(fixture.attributes(url)).containsEntry("RedrivePolicy", "{\"deadLetterTargetArn\":\""
                + QueueFixture.arn("dlq") + "\",\"maxReceiveCount\":5}");
        assertThat(queues.listDeadLetterSourceQueues(url("dlq"), null, null).queueNames()).containsExactly("orders");
    }

    @Test
    void aRedriveAllowPolicyDecidesWhichQueuesMayUseTheDeadLetterQueue() {
        fixture.create("dlq", Map.of("RedriveAllowPolicy", "{\"redrivePermission\":\"byQueue\","
                + "\"sourceQueueArns\":[\"" + QueueFixture.arn("allowed") + "\"]}"));
        String policy = "{\"deadLetterTargetArn\":\"" + QueueFixture.arn("dlq") + "\",\"maxReceiveCount\":1}";

        fixture.create("allowed", Map.of("RedrivePolicy", policy));

        assertThatThrownBy(() -> queues.createQueue("other", Map.of("RedrivePolicy", policy), Map.of()))
                .hasMessageContaining("does not allow " + QueueFixture.arn("other"));
    }

    static void assertError(ErrorCode code, String message, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BaristaException.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.getMessage()).isEqualTo(message);
        });
    }
}
