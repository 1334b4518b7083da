package dev.barista.it.sqs;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.BatchResultErrorEntry;
import com.amazonaws.services.sqs.model.CancelMessageMoveTaskRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import com.amazonaws.services.sqs.model.CreateQueueRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.GetQueueAttributesRequest;
import com.amazonaws.services.sqs.model.ListDeadLetterSourceQueuesRequest;
import com.amazonaws.services.sqs.model.ListMessageMoveTasksRequest;
import com.amazonaws.services.sqs.model.ListQueueTagsRequest;
import com.amazonaws.services.sqs.model.ListQueuesRequest;
import com.amazonaws.services.sqs.model.ListQueuesResult;
import com.amazonaws.services.sqs.model.Message;
import com.amazonaws.services.sqs.model.MessageAttributeValue;
import com.amazonaws.services.sqs.model.MessageSystemAttributeValue;
import com.amazonaws.services.sqs.model.PurgeQueueRequest;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.SendMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageResult;
import com.amazonaws.services.sqs.model.SetQueueAttributesRequest;
import com.amazonaws.services.sqs.model.StartMessageMoveTaskRequest;
import com.amazonaws.services.sqs.model.TagQueueRequest;
import com.amazonaws.services.sqs.model.UntagQueueRequest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The suite's driver over the AWS SDK for Java v1 (1.12.500), the last SQS client that speaks awsQuery; it posts to
 * the queue URL and checks MD5s by default.
 */
final class SqsV1Driver implements SqsDriver {
    private final AmazonSQS sqs;

    SqsV1Driver(String endpointUrl) {
        this.sqs = AmazonSQSClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(endpointUrl, "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("test", "test")))
                .withClientConfiguration(new ClientConfiguration().withRetryPolicy(PredefinedRetryPolicies.NO_RETRY_POLICY)
                        .withSocketTimeout(60_000))
                .build();
    }

    @Override
    public String protocol() {
        return "query";
    }

    @Override
    public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
        return call(() -> sqs.createQueue(new CreateQueueRequest(name).withAttributes(attributes).withTags(tags))
                .getQueueUrl());
    }

    @Override
    public String getQueueUrl(String name) {
        return call(() -> sqs.getQueueUrl(name).getQueueUrl());
    }

    @Override
    public Page listQueues(String prefix, Integer maxResults, String nextToken) {
        ListQueuesResult result = call(() -> sqs.listQueues(new ListQueuesRequest().withQueueNamePrefix(prefix)
                .withMaxResults(maxResults).withNextToken(nextToken)));
        return new Page(result.getQueueUrls(), result.getNextToken());
    }

    @Override
    public void deleteQueue(String queueUrl) {
        call(() -> sqs.deleteQueue(queueUrl));
    }

    @Override
    public void purgeQueue(String queueUrl) {
        call(() -> sqs.purgeQueue(new PurgeQueueRequest(queueUrl)));
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, List<String> names) {
        return call(() -> sqs.getQueueAttributes(new GetQueueAttributesRequest(queueUrl).withAttributeNames(names))
                .getAttributes());
    }

    @Override
    public void setQueueAttributes(String queueUrl, Map<String, String> attributes) {
        call(() -> sqs.setQueueAttributes(new SetQueueAttributesRequest(queueUrl, attributes)));
    }

    @Override
    public Sent sendMessage(String queueUrl, Outgoing message) {
        SendMessageRequest request = new SendMessageRequest(queueUrl, message.body())
                .withMessageAttributes(attributes(message.attributes())).withMessageGroupId(message.groupId())
                .withMessageDeduplicationId(message.deduplicationId()).withDelaySeconds(message.delaySeconds());
        if (message.traceHeader() != null) {
            request.withMessageSystemAttributes(Map.of("AWSTraceHeader", new MessageSystemAttributeValue()
                    .withDataType("String").withStringValue(message.traceHeader())));
        }
        SendMessageResult result = call(() -> sqs.sendMessage(request));
        return new Sent(result.getMessageId(), result.getMD5OfMessageBody(), result.getMD5OfMessageAttributes(),
                result.getSequenceNumber());
    }

    @Override
    public Batch sendMessageBatch(String queueUrl, Map<String, Outgoing> entries) {
        List<SendMessageBatchRequestEntry> requestEntries = new ArrayList<>();
        entries.forEach((id, message) -> requestEntries.add(new SendMessageBatchRequestEntry(id, message.body())
                .withMessageAttributes(attributes(message.attributes())).withMessageGroupId(message.groupId())
                .withMessageDeduplicationId(message.deduplicationId()).withDelaySeconds(message.delaySeconds())));
        var result = call(() -> sqs.sendMessageBatch(new SendMessageBatchRequest(queueUrl, requestEntries)));
        return batch(result.getSuccessful().stream().map(entry -> entry.getId()).toList(), result.getFailed());
    }

    @Override
    public List<Received> receiveMessage(String queueUrl, Receive receive) {
        var result = call(() -> sqs.receiveMessage(new ReceiveMessageRequest(queueUrl)
                .withMaxNumberOfMessages(receive.maxNumberOfMessages())
                .withVisibilityTimeout(receive.visibilityTimeout()).withWaitTimeSeconds(receive.waitTimeSeconds())
                .withAttributeNames(receive.attributeNames())
                .withMessageAttributeNames(receive.messageAttributeNames())
                .withReceiveRequestAttemptId(receive.attemptId())));
        List<Received> received = new ArrayList<>();
        for (Message message : result.getMessages()) {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            message.getMessageAttributes().forEach((name, value) -> attributes.put(name, new Attribute(
                    value.getDataType(), value.getStringValue(), bytes(value.getBinaryValue()))));
            received.add(new Received(message.getMessageId(), message.getReceiptHandle(), message.getBody(),
                    message.getMD5OfBody(), message.getAttributes(), attributes));
        }
        return received;
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        call(() -> sqs.deleteMessage(queueUrl, receiptHandle));
    }

    @Override
    public Batch deleteMessageBatch(String queueUrl, Map<String, String> receiptHandles) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        receiptHandles.forEach((id, handle) -> entries.add(new DeleteMessageBatchRequestEntry(id, handle)));
        var result = call(() -> sqs.deleteMessageBatch(new DeleteMessageBatchRequest(queueUrl, entries)));
        return batch(result.getSuccessful().stream().map(entry -> entry.getId()).toList(), result.getFailed());
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, int seconds) {
        call(() -> sqs.changeMessageVisibility(queueUrl, receiptHandle, seconds));
    }

    @Override
    public Batch changeMessageVisibilityBatch(String queueUrl, Map<String, String> receiptHandles, int seconds) {
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        receiptHandles.forEach((id, handle) -> entries.add(new ChangeMessageVisibilityBatchRequestEntry(id, handle)
                .withVisibilityTimeout(seconds)));
        var result = call(() -> sqs.changeMessageVisibilityBatch(new ChangeMessageVisibilityBatchRequest(queueUrl,
                entries)));
        return batch(result.getSuccessful().stream().map(entry -> entry.getId()).toList(), result.getFailed());
    }

    @Override
    public void tagQueue(String queueUrl, Map<String, String> tags) {
        call(() -> sqs.tagQueue(new TagQueueRequest(queueUrl, tags)));
    }

    @Override
    public void untagQueue(String queueUrl, List<String> keys) {
        call(() -> sqs.untagQueue(new UntagQueueRequest(queueUrl, keys)));
    }

    @Override
    public Map<String, String> listQueueTags(String queueUrl) {
        return call(() -> sqs.listQueueTags(new ListQueueTagsRequest(queueUrl)).getTags());
    }

    @Override
    public List<String> listDeadLetterSourceQueues(String queueUrl) {
        return call(() -> sqs.listDeadLetterSourceQueues(new ListDeadLetterSourceQueuesRequest()
                .withQueueUrl(queueUrl)).getQueueUrls());
    }

    @Override
    public String startMessageMoveTask(String sourceArn, String destinationArn, Integer rate) {
        return call(() -> sqs.startMessageMoveTask(new StartMessageMoveTaskRequest().withSourceArn(sourceArn)
                .withDestinationArn(destinationArn).withMaxNumberOfMessagesPerSecond(rate)).getTaskHandle());
    }

    @Override
    public List<MoveTask> listMessageMoveTasks(String sourceArn) {
        return call(() -> sqs.listMessageMoveTasks(new ListMessageMoveTasksRequest().withSourceArn(sourceArn)
                .withMaxResults(10))).getResults().stream().map(task -> new MoveTask(task.getTaskHandle(),
                task.getStatus(), task.getApproximateNumberOfMessagesMoved(),
                task.getApproximateNumberOfMessagesToMove())).toList();
    }

    @Override
    public long cancelMessageMoveTask(String taskHandle) {
        return call(() -> sqs.cancelMessageMoveTask(new CancelMessageMoveTaskRequest().withTaskHandle(taskHandle)))
                .getApproximateNumberOfMessagesMoved();
    }

    @Override
    public void addPermission(String queueUrl, String label) {
        call(() -> sqs.addPermission(queueUrl, label, List.of("111111111111"), List.of("SendMessage")));
    }

    @Override
    public void removePermission(String queueUrl, String label) {
        call(() -> sqs.removePermission(queueUrl, label));
    }

    @Override
    public void close() {
        sqs.shutdown();
    }

    private static Map<String, MessageAttributeValue> attributes(Map<String, Attribute> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, new MessageAttributeValue().withDataType(value.dataType())
                .withStringValue(value.stringValue())
                .withBinaryValue(value.binaryValue() == null ? null : ByteBuffer.wrap(value.binaryValue()))));
        return values;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static Batch batch(List<String> successful, List<BatchResultErrorEntry> failed) {
        Map<String, String> failures = new LinkedHashMap<>();
        failed.forEach(entry -> failures.put(entry.getId(), entry.getCode()));
        return new Batch(successful, failures);
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (AmazonServiceException error) {
            throw new SqsFailure(error.getErrorCode(), error.getStatusCode(), error.getErrorMessage(),
                    error.getClass().getSimpleName());
        }
    }
}
