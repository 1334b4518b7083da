package dev.barista.it.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.barista.it.sqs.SqsDriver.Attribute;
import dev.barista.it.sqs.SqsDriver.Batch;
import dev.barista.it.sqs.SqsDriver.Outgoing;
import dev.barista.it.sqs.SqsDriver.Receive;
import dev.barista.it.sqs.SqsDriver.Received;
import dev.barista.it.sqs.SqsDriver.Sent;
import dev.barista.it.sqs.SqsDriver.SqsFailure;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQS conformance suite, run once per protocol through a real AWS SDK ({@link SqsJsonIT}: SDK v2 speaking
 * awsJson; {@link SqsQueryIT}: SDK v1 speaking awsQuery), in the manner of ElasticMQ's MultiSdkTestSuite. Both SDKs
 * verify the MD5s of every send and receive. Error codes are the awsQuery codes in both protocols (the SDK v2 reads
 * them from {@code x-amzn-query-error}); each subclass checks its protocol's wire form of an error too.
 */
@ExtendWith(BaristaExtension.class)
abstract class SqsConformanceSuite {
    private static final String ACCOUNT = BaristaExtension.ACCOUNT_ID;

    protected Barista barista;
    protected SqsDriver sqs;

    /** The driver of this suite's protocol. */
    protected abstract SqsDriver driver(String endpointUrl);

    /** Asserts this protocol's wire form of QueueDoesNotExist, sent without an SDK. */
    protected abstract void assertWireErrorForAMissingQueue(String endpointUrl) throws Exception;

    @BeforeEach
    void connect(Barista shared) {
        barista = shared;
        sqs = driver(shared.endpointUrl());
    }

    @AfterEach
    void disconnect() {
        sqs.close();
    }

    @Test
    void queuesAreCreatedFoundListedAndDeleted() {
        String name = name("lifecycle");

        String url = sqs.createQueue(name, Map.of(), Map.of());

        assertThat(url).isEqualTo(barista.endpointUrl() + "/" + ACCOUNT + "/" + name);
        assertThat(sqs.getQueueUrl(name)).isEqualTo(url);
        assertThat(sqs.listQueues(name, null, null).queueUrls()).containsExactly(url);
        sqs.deleteQueue(url);
        assertFailure(400, "AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExistException",
                () -> sqs.getQueueUrl(name));
    }

    @Test
    void listQueuesPagesThroughQueuesWithAPrefix() {
        String prefix = name("page");
        List<String> urls = IntStream.range(0, 3).mapToObj(index -> sqs.createQueue(prefix + "-" + index, Map.of(),
                Map.of())).toList();

        SqsDriver.Page first = sqs.listQueues(prefix, 2, null);
        SqsDriver.Page second = sqs.listQueues(prefix, 2, first.nextToken());

        assertThat(first.queueUrls()).containsExactlyElementsOf(urls.subList(0, 2));
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.queueUrls()).containsExactly(urls.get(2));
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void creatingAnExistingQueueIsIdempotentOnlyWithTheSameAttributes() {
        String name = name("idempotent");
        String url = sqs.createQueue(name, Map.of("VisibilityTimeout", "45"), Map.of());

        assertThat(sqs.createQueue(name, Map.of("VisibilityTimeout", "45"), Map.of())).isEqualTo(url);
        assertFailure(400, "QueueAlreadyExists", "QueueNameExistsException",
                () -> sqs.createQueue(name, Map.of("VisibilityTimeout", "46"), Map.of()));
    }

    @Test
    void attributesHaveSqsDefaultsAndAreValidated() {
        String url = sqs.createQueue(name("attributes"), Map.of("DelaySeconds", "2"), Map.of());

        Map<String, String> all = sqs.getQueueAttributes(url, List.of("All"));
        sqs.setQueueAttributes(url, Map.of("VisibilityTimeout", "60", "MessageRetentionPeriod", "3600"));

        assertThat(all).containsEntry("DelaySeconds", "2").containsEntry("VisibilityTimeout", "30")
                .containsEntry("MaximumMessageSize", "1048576").containsEntry("MessageRetentionPeriod", "345600")
                .containsEntry("ReceiveMessageWaitTimeSeconds", "0").containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("QueueArn", arn(url)).containsKeys("CreatedTimestamp", "LastModifiedTimestamp");
        assertThat(sqs.getQueueAttributes(url, List.of("VisibilityTimeout", "MessageRetentionPeriod")))
                .containsOnly(Map.entry("VisibilityTimeout", "60"), Map.entry("MessageRetentionPeriod", "3600"));
        assertFailure(400, "InvalidAttributeValue", "InvalidAttributeValueException|AmazonSQSException",
                () -> sqs.setQueueAttributes(url, Map.of("VisibilityTimeout", "43201")));
        assertFailure(400, "InvalidAttributeName", "InvalidAttributeNameException",
                () -> sqs.getQueueAttributes(url, List.of("Colour")));
    }

    @Test
    void tagsAreSetListedAndRemoved() {
        String url = sqs.createQueue(name("tags"), Map.of(), Map.of("team", "a"));

        sqs.tagQueue(url, Map.of("cost", "1", "team", "b"));
        sqs.untagQueue(url, List.of("cost"));

        assertThat(sqs.listQueueTags(url)).containsOnly(Map.entry("team", "b"));
    }

    @Test
    void purgeEmptiesTheQueueOnceAMinute() {
        String url = sqs.createQueue(name("purge"), Map.of(), Map.of());
        sqs.sendMessage(url, Outgoing.of("one"));

        sqs.purgeQueue(url);

        assertThat(sqs.receiveMessage(url, Receive.all(10))).isEmpty();
        assertFailure(403, "AWS.SimpleQueueService.PurgeQueueInProgress", "PurgeQueueInProgressException",
                () -> sqs.purgeQueue(url));
    }

    @Test
    void messagesTravelWithEveryAttributeTypeAndTheirDigests() {
        String url = sqs.createQueue(name("attributes"), Map.of(), Map.of());
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("text", Attribute.string("héllo 𝄞"));
        attributes.put("count", new Attribute("Number.int", "42", null));
        attributes.put("raw", new Attribute("Binary", null, new byte[] {0, 1, 2, (byte) 0xff}));

        Sent sent = sqs.sendMessage(url, new Outgoing("body with ü and 𝄞", attributes, null, null, null,
                "Root=1-5759e988-bd862e3fe1be46a994272793"));
        Received received = sqs.receiveMessage(url, Receive.all(1)).getFirst();

        assertThat(sent.md5OfBody()).isEqualTo(received.md5OfBody());
        assertThat(received.messageId()).isEqualTo(sent.messageId());
        assertThat(received.body()).isEqualTo("body with ü and 𝄞");
        assertThat(received.messageAttributes()).containsOnlyKeys("text", "count", "raw");
        assertThat(received.messageAttributes().get("text").stringValue()).isEqualTo("héllo 𝄞");
        assertThat(received.messageAttributes().get("count").dataType()).isEqualTo("Number.int");
        assertThat(received.messageAttributes().get("raw").binaryValue()).containsExactly(0, 1, 2, 0xff);
        assertThat(received.attributes()).containsEntry("ApproximateReceiveCount", "1")
                .containsEntry("AWSTraceHeader", "Root=1-5759e988-bd862e3fe1be46a994272793")
                .containsEntry("SenderId", ACCOUNT).containsKeys("SentTimestamp", "ApproximateFirstReceiveTimestamp");
    }

    @Test
    void onlyTheNamedMessageAttributesAreAnswered() {
        String url = sqs.createQueue(name("names"), Map.of(), Map.of());
        sqs.sendMessage(url, new Outgoing("x", Map.of("size.width", Attribute.string("1"),
                "size.height", Attribute.string("2"), "color", Attribute.string("red")), null, null, null, null));

        Received received = sqs.receiveMessage(url, new Receive(1, 0, 0, List.of("SentTimestamp"),
                List.of("size.*"), null)).getFirst();

        assertThat(received.messageAttributes()).containsOnlyKeys("size.width", "size.height");
        assertThat(received.attributes()).containsOnlyKeys("SentTimestamp");
    }

    @Test
    void aDeletedMessageIsGoneAndAStaleHandleStillDeletes() {
        String url = sqs.createQueue(name("delete"), Map.of(), Map.of());
        sqs.sendMessage(url, Outgoing.of("one"));
        Received first = sqs.receiveMessage(url, Receive.all(1).visibility(0)).getFirst();
        Received second = sqs.receiveMessage(url, Receive.all(1).visibility(0)).getFirst();

        sqs.deleteMessage(url, first.receiptHandle());
        sqs.deleteMessage(url, second.receiptHandle());

        assertThat(sqs.receiveMessage(url, Receive.all(10))).isEmpty();
        assertFailure(404, "ReceiptHandleIsInvalid", "ReceiptHandleIsInvalidException",
                () -> sqs.deleteMessage(url, "not-a-handle"));
    }

    @Test
    void aReceivedMessageStaysInvisibleUntilItsVisibilityChanges() {
        String url = sqs.createQueue(name("visibility"), Map.of(), Map.of());
        sqs.sendMessage(url, Outgoing.of("one"));
        Received received = sqs.receiveMessage(url, Receive.all(1).visibility(300)).getFirst();

        assertThat(sqs.receiveMessage(url, Receive.all(10))).isEmpty();
        assertThat(sqs.getQueueAttributes(url, List.of("ApproximateNumberOfMessagesNotVisible")))
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
        sqs.changeMessageVisibility(url, received.receiptHandle(), 0);
        Received again = sqs.receiveMessage(url, Receive.all(1).visibility(0)).getFirst();

        assertThat(again.attributes()).containsEntry("ApproximateReceiveCount", "2");
        assertFailure(400, "AWS.SimpleQueueService.MessageNotInflight", "MessageNotInflightException",
                () -> sqs.changeMessageVisibility(url, again.receiptHandle(), 10));
    }

    @Test
    void aLongPollReturnsAsSoonAsAMessageArrives() throws Exception {
        String url = sqs.createQueue(name("long-poll"), Map.of(), Map.of());
        long started = System.nanoTime();
        CompletableFuture<List<Received>> waiting = CompletableFuture.supplyAsync(() ->
                sqs.receiveMessage(url, Receive.all(1).waiting(20)));
        Thread.sleep(500);

        sqs.sendMessage(url, Outgoing.of("wake up"));

        List<Received> received = waiting.get(30, TimeUnit.SECONDS);
        assertThat(received).extracting(Received::body).containsExactly("wake up");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a 20 s long poll woken by a send")
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aLongPollReturnsWhenAnInFlightMessageBecomesVisibleAgain() {
        String url = sqs.createQueue(name("visible-again"), Map.of(), Map.of());
        sqs.sendMessage(url, Outgoing.of("retry me"));
        sqs.receiveMessage(url, Receive.all(1).visibility(1));
        long started = System.nanoTime();

        List<Received> received = sqs.receiveMessage(url, Receive.all(1).waiting(20));

        assertThat(received).extracting(Received::body).containsExactly("retry me");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void delayedMessagesAreCountedButNotReceived() {
        String url = sqs.createQueue(name("delay"), Map.of(), Map.of());

        sqs.sendMessage(url, new Outgoing("later", Map.of(), null, null, 600, null));
        sqs.sendMessage(url, Outgoing.of("now"));

        assertThat(sqs.receiveMessage(url, Receive.all(10))).extracting(Received::body).containsExactly("now");
        assertThat(sqs.getQueueAttributes(url, List.of("ApproximateNumberOfMessagesDelayed")))
                .containsEntry("ApproximateNumberOfMessagesDelayed", "1");
    }

    @Test
    void batchesSucceedOrFailPerEntry() {
        String url = sqs.createQueue(name("batch"), Map.of(), Map.of());
        Map<String, Outgoing> entries = new LinkedHashMap<>();
        entries.put("a", Outgoing.of("first"));
        entries.put("b", Outgoing.of("bad \u0001 character"));
        entries.put("c", Outgoing.of("third"));

        Batch sent = sqs.sendMessageBatch(url, entries);
        List<Received> received = sqs.receiveMessage(url, Receive.all(10));
        Map<String, String> handles = new LinkedHashMap<>();
        handles.put("one", received.get(0).receiptHandle());
        handles.put("garbage", "not-a-handle");
        Batch visibility = sqs.changeMessageVisibilityBatch(url, handles, 0);
        Batch deleted = sqs.deleteMessageBatch(url, handles);

        assertThat(sent.successful()).containsExactlyInAnyOrder("a", "c");
        assertThat(sent.failed()).containsOnly(Map.entry("b", "InvalidMessageContents"));
        assertThat(received).extracting(Received::body).containsExactlyInAnyOrder("first", "third");
        assertThat(visibility.successful()).containsExactly("one");
        assertThat(visibility.failed()).containsOnly(Map.entry("garbage", "ReceiptHandleIsInvalid"));
        assertThat(deleted.successful()).containsExactly("one");
        assertThat(deleted.failed()).containsOnly(Map.entry("garbage", "ReceiptHandleIsInvalid"));
    }

    @Test
    void batchRequestsFollowSqsRules() {
        String url = sqs.createQueue(name("batch-rules"), Map.of(), Map.of());
        Map<String, Outgoing> eleven = new LinkedHashMap<>();
        IntStream.range(0, 11).forEach(index -> eleven.put("e" + index, Outgoing.of("m")));

        assertFailure(400, "AWS.SimpleQueueService.EmptyBatchRequest", "EmptyBatchRequestException",
                () -> sqs.sendMessageBatch(url, Map.of()));
        assertFailure(400, "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
                "TooManyEntriesInBatchRequestException", () -> sqs.sendMessageBatch(url, eleven));
        assertFailure(400, "AWS.SimpleQueueService.InvalidBatchEntryId", "InvalidBatchEntryIdException",
                () -> sqs.sendMessageBatch(url, Map.of("not valid!", Outgoing.of("m"))));
    }

    @Test
    void parametersOutOfRangeAreInvalid() {
        String url = sqs.createQueue(name("ranges"), Map.of(), Map.of());

        assertFailure(400, "InvalidParameterValue", "AmazonSQSException|SqsException",
                () -> sqs.receiveMessage(url, Receive.all(11)));
        assertFailure(400, "InvalidParameterValue", "AmazonSQSException|SqsException",
                () -> sqs.receiveMessage(url, Receive.all(1).waiting(21)));
    }

    @Test
    void permissionsAreStatementsOfTheQueuePolicy() {
        String url = sqs.createQueue(name("permissions"), Map.of(), Map.of());

        sqs.addPermission(url, "send");

        assertThat(sqs.getQueueAttributes(url, List.of("Policy")).get("Policy")).contains("\"Sid\":\"send\"")
                .contains("\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"}");
        assertFailure(400, "InvalidParameterValue", "AmazonSQSException|SqsException",
                () -> sqs.addPermission(url, "send"));
        sqs.removePermission(url, "send");
        assertThat(sqs.getQueueAttributes(url, List.of("Policy")).get("Policy")).doesNotContain("\"send\"");
    }

    @Test
    void theWireErrorOfAMissingQueueIsTheProtocols() throws Exception {
        assertWireErrorForAMissingQueue(barista.endpointUrl());
    }

    @Test
    void aFifoGroupIsDeliveredInOrderAndLockedWhileInFlight() {
        String url = fifo(name("fifo") + ".fifo", Map.of());
        Sent a1 = sqs.sendMessage(url, Outgoing.toGroup("a1", "a", "1"));
        Sent a2 = sqs.sendMessage(url, Outgoing.toGroup("a2", "a", "2"));
        sqs.sendMessage(url, Outgoing.toGroup("b1", "b", "3"));

        Received first = sqs.receiveMessage(url, Receive.all(1)).getFirst();
        List<Received> others = sqs.receiveMessage(url, Receive.all(10));
        sqs.deleteMessage(url, first.receiptHandle());
        List<Received> next = sqs.receiveMessage(url, Receive.all(10));

        assertThat(first.body()).isEqualTo("a1");
        assertThat(first.attributes()).containsEntry("MessageGroupId", "a").containsEntry("SequenceNumber",
                a1.sequenceNumber()).containsEntry("MessageDeduplicationId", "1");
        assertThat(others).extracting(Received::body).containsExactly("b1");
        assertThat(next).extracting(Received::body).containsExactly("a2");
        assertThat(a2.sequenceNumber()).hasSize(20).isGreaterThan(a1.sequenceNumber());
    }

    @Test
    void aFifoQueueDeduplicatesForFiveMinutes() {
        String url = fifo(name("dedup") + ".fifo", Map.of("ContentBasedDeduplication", "true"));

        Sent first = sqs.sendMessage(url, Outgoing.toGroup("same", "g", "id-1"));
        Sent explicitDuplicate = sqs.sendMessage(url, Outgoing.toGroup("other body", "g", "id-1"));
        Sent contentDuplicate = sqs.sendMessage(url, Outgoing.toGroup("body", "g", null));
        sqs.sendMessage(url, Outgoing.toGroup("body", "g", null));

        assertThat(explicitDuplicate.messageId()).isEqualTo(first.messageId());
        assertThat(explicitDuplicate.sequenceNumber()).isEqualTo(first.sequenceNumber());
        assertThat(sqs.receiveMessage(url, Receive.all(10))).extracting(Received::body)
                .containsExactly("same", "body");
        assertThat(contentDuplicate.messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void fifoSendingRulesAreSqs() {
        String url = fifo(name("rules") + ".fifo", Map.of());

        assertFailure(400, "MissingParameter", "AmazonSQSException|SqsException",
                () -> sqs.sendMessage(url, Outgoing.of("no group")));
        assertFailure(400, "InvalidParameterValue", "AmazonSQSException|SqsException",
                () -> sqs.sendMessage(url, new Outgoing("delayed", Map.of(), "g", "1", 5, null)));
        assertFailure(400, "InvalidParameterValue", "AmazonSQSException|SqsException",
                () -> sqs.createQueue(name("nofifo") + ".fifo", Map.of(), Map.of()));
    }

    @Test
    void aMessageReceivedTooOftenMovesToTheDeadLetterQueueAndAMoveTaskBringsItBack() {
        String deadLetterUrl = sqs.createQueue(name("dlq"), Map.of(), Map.of());
        String url = sqs.createQueue(name("source"), Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\""
                + arn(deadLetterUrl) + "\",\"maxReceiveCount\":\"1\"}"), Map.of());
        Sent sent = sqs.sendMessage(url, Outgoing.of("poison"));
        sqs.receiveMessage(url, Receive.all(1).visibility(0));

        assertThat(sqs.receiveMessage(url, Receive.all(1).visibility(0))).isEmpty();
        Received dead = sqs.receiveMessage(deadLetterUrl, Receive.all(1).visibility(0)).getFirst();
        assertThat(dead.messageId()).isEqualTo(sent.messageId());
        assertThat(dead.attributes()).containsEntry("DeadLetterQueueSourceArn", arn(url));
        assertThat(sqs.listDeadLetterSourceQueues(deadLetterUrl)).containsExactly(url);

        String handle = sqs.startMessageMoveTask(arn(deadLetterUrl), null, null);

        assertThat(handle).isNotEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sqs.listMessageMoveTasks(
                arn(deadLetterUrl))).first().satisfies(task -> {
                    assertThat(task.status()).isEqualTo("COMPLETED");
                    assertThat(task.moved()).isEqualTo(1);
                }));
        assertThat(sqs.receiveMessage(url, Receive.all(1))).extracting(Received::body).containsExactly("poison");
        assertFailure(404, "ResourceNotFoundException", "ResourceNotFoundException",
                () -> sqs.cancelMessageMoveTask("no-such-task"));
    }

    private String fifo(String name, Map<String, String> attributes) {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        all.put("FifoQueue", "true");
        return sqs.createQueue(name, all, Map.of());
    }

    private String name(String prefix) {
        return Barista.uniqueName("sqs-" + sqs.protocol() + "-" + prefix);
    }

    private static String arn(String queueUrl) {
        return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    /**
     * @param exceptionTypes the SDK exception's class name; alternatives separated by {@code |} for errors that
     *     neither SDK models (v1 raises AmazonSQSException, v2 SqsException)
     */
    private static void assertFailure(int status, String code, String exceptionTypes, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SqsFailure.class, failure -> {
            assertThat(failure.code).as(failure.getMessage()).isEqualTo(code);
            assertThat(failure.status).as(failure.getMessage()).isEqualTo(status);
            assertThat(List.of(exceptionTypes.split("\\|"))).as(failure.getMessage()).contains(failure.exceptionType);
        });
    }
}
