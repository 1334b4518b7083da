package dev.barista.it.sqs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** The suite's driver over the AWS SDK for Java v2, which speaks awsJson 1.0 and checks MD5s by default. */
final class SqsV2Driver implements SqsDriver {
    private final SqsClient sqs;

    SqsV2Driver(String endpointUrl) {
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(endpointUrl))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Override
    public String protocol() {
        return "json";
    }

    @Override
    public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
        return call(() -> sqs.createQueue(request -> request.queueName(name).attributesWithStrings(attributes)
                .tags(tags)).queueUrl());
    }

    @Override
    public String getQueueUrl(String name) {
        return call(() -> sqs.getQueueUrl(request -> request.queueName(name)).queueUrl());
    }

    @Override
    public Page listQueues(String prefix, Integer maxResults, String nextToken) {
        ListQueuesResponse response = call(() -> sqs.listQueues(request -> request.queueNamePrefix(prefix)
                .maxResults(maxResults).nextToken(nextToken)));
        return new Page(response.queueUrls(), response.nextToken());
    }

    @Override
    public void deleteQueue(String queueUrl) {
        call(() -> sqs.deleteQueue(request -> request.queueUrl(queueUrl)));
    }

    @Override
    public void purgeQueue(String queueUrl) {
        call(() -> sqs.purgeQueue(request -> request.queueUrl(queueUrl)));
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, List<String> names) {
        return call(() -> sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNamesWithStrings(names)).attributesAsStrings());
    }

    @Override
    public void setQueueAttributes(String queueUrl, Map<String, String> attributes) {
        call(() -> sqs.setQueueAttributes(request -> request.queueUrl(queueUrl).attributesWithStrings(attributes)));
    }

    @Override
    public Sent sendMessage(String queueUrl, Outgoing message) {
        SendMessageRequest.Builder request = SendMessageRequest.builder().queueUrl(queueUrl)
                .messageBody(message.body()).messageAttributes(attributes(message.attributes()))
                .messageGroupId(message.groupId()).messageDeduplicationId(message.deduplicationId())
                .delaySeconds(message.delaySeconds());
        if (message.traceHeader() != null) {
            request.messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                    MessageSystemAttributeValue.builder().dataType("String").stringValue(message.traceHeader())
                            .build()));
        }
        var response = call(() -> sqs.sendMessage(request.build()));
        return new Sent(response.messageId(), response.md5OfMessageBody(), response.md5OfMessageAttributes(),
                response.sequenceNumber());
    }

    @Override
    public Batch sendMessageBatch(String queueUrl, Map<String, Outgoing> entries) {
        List<SendMessageBatchRequestEntry> requestEntries = new ArrayList<>();
        entries.forEach((id, message) -> requestEntries.add(SendMessageBatchRequestEntry.builder().id(id)
                .messageBody(message.body()).messageAttributes(attributes(message.attributes()))
                .messageGroupId(message.groupId()).messageDeduplicationId(message.deduplicationId())
                .delaySeconds(message.delaySeconds()).build()));
        var response = call(() -> sqs.sendMessageBatch(request -> request.queueUrl(queueUrl)
                .entries(requestEntries)));
        return batch(response.successful().stream().map(entry -> entry.id()).toList(), response.failed());
    }

    @Override
    public List<Received> receiveMessage(String queueUrl, Receive receive) {
        var response = call(() -> sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                .maxNumberOfMessages(receive.maxNumberOfMessages()).visibilityTimeout(receive.visibilityTimeout())
                .waitTimeSeconds(receive.waitTimeSeconds())
                .messageSystemAttributeNamesWithStrings(receive.attributeNames())
                .messageAttributeNames(receive.messageAttributeNames())
                .receiveRequestAttemptId(receive.attemptId())));
        List<Received> received = new ArrayList<>();
        for (Message message : response.messages()) {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            message.messageAttributes().forEach((name, value) -> attributes.put(name, new Attribute(value.dataType(),
                    value.stringValue(), value.binaryValue() == null ? null : value.binaryValue().asByteArray())));
            received.add(new Received(message.messageId(), message.receiptHandle(), message.body(),
                    message.md5OfBody(), message.attributesAsStrings(), attributes));
        }
        return received;
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        call(() -> sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(receiptHandle)));
    }

    @Override
    public Batch deleteMessageBatch(String queueUrl, Map<String, String> receiptHandles) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        receiptHandles.forEach((id, handle) -> entries.add(DeleteMessageBatchRequestEntry.builder().id(id)
                .receiptHandle(handle).build()));
        var response = call(() -> sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries)));
        return batch(response.successful().stream().map(entry -> entry.id()).toList(), response.failed());
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, int seconds) {
        call(() -> sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout(seconds)));
    }

    @Override
    public Batch changeMessageVisibilityBatch(String queueUrl, Map<String, String> receiptHandles, int seconds) {
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        receiptHandles.forEach((id, handle) -> entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(id)
                .receiptHandle(handle).visibilityTimeout(seconds).build()));
        var response = call(() -> sqs.changeMessageVisibilityBatch(request -> request.queueUrl(queueUrl)
                .entries(entries)));
        return batch(response.successful().stream().map(entry -> entry.id()).toList(), response.failed());
    }

    @Override
    public void tagQueue(String queueUrl, Map<String, String> tags) {
        call(() -> sqs.tagQueue(request -> request.queueUrl(queueUrl).tags(tags)));
    }

    @Override
    public void untagQueue(String queueUrl, List<String> keys) {
        call(() -> sqs.untagQueue(request -> request.queueUrl(queueUrl).tagKeys(keys)));
    }

    @Override
    public Map<String, String> listQueueTags(String queueUrl) {
        return call(() -> sqs.listQueueTags(request -> request.queueUrl(queueUrl)).tags());
    }

    @Override
    public List<String> listDeadLetterSourceQueues(String queueUrl) {
        return call(() -> sqs.listDeadLetterSourceQueues(request -> request.queueUrl(queueUrl)).queueUrls());
    }

    @Override
    public String startMessageMoveTask(String sourceArn, String destinationArn, Integer rate) {
        return call(() -> sqs.startMessageMoveTask(request -> request.sourceArn(sourceArn)
                .destinationArn(destinationArn).maxNumberOfMessagesPerSecond(rate)).taskHandle());
    }

    @Override
    public List<MoveTask> listMessageMoveTasks(String sourceArn) {
        return call(() -> sqs.listMessageMoveTasks(request -> request.sourceArn(sourceArn).maxResults(10)))
                .results().stream().map(task -> new MoveTask(task.taskHandle(), task.status(),
                        task.approximateNumberOfMessagesMoved(), task.approximateNumberOfMessagesToMove())).toList();
    }

    @Override
    public long cancelMessageMoveTask(String taskHandle) {
        return call(() -> sqs.cancelMessageMoveTask(request -> request.taskHandle(taskHandle)))
                .approximateNumberOfMessagesMoved();
    }

    @Override
    public void addPermission(String queueUrl, String label) {
        call(() -> sqs.addPermission(request -> request.queueUrl(queueUrl).label(label)
                .awsAccountIds("111111111111").actions("SendMessage")));
    }

    @Override
    public void removePermission(String queueUrl, String label) {
        call(() -> sqs.removePermission(request -> request.queueUrl(queueUrl).label(label)));
    }

    @Override
    public void close() {
        sqs.close();
    }

    private static Map<String, MessageAttributeValue> attributes(Map<String, Attribute> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, MessageAttributeValue.builder().dataType(value.dataType())
                .stringValue(value.stringValue())
                .binaryValue(value.binaryValue() == null ? null : SdkBytes.fromByteArray(value.binaryValue()))
                .build()));
        return values;
    }

    private static Batch batch(List<String> successful, List<BatchResultErrorEntry> failed) {
        Map<String, String> failures = new LinkedHashMap<>();
        failed.forEach(entry -> failures.put(entry.id(), entry.code()));
        return new Batch(successful, failures);
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (SqsException error) {
            throw new SqsFailure(error.awsErrorDetails().errorCode(), error.statusCode(),
                    error.awsErrorDetails().errorMessage(), error.getClass().getSimpleName());
        }
    }
}
