package dev.barista.it.sqs;

import java.util.List;
import java.util.Map;

/**
 * What the SQS conformance suite does with a queue service, in no SDK's terms, so that one suite runs through the
 * AWS SDK for Java v2 (awsJson) and v1 (awsQuery). Failures of the service surface as {@link SqsFailure}.
 */
interface SqsDriver extends AutoCloseable {

    /** {@code json} or {@code query}. */
    String protocol();

    String createQueue(String name, Map<String, String> attributes, Map<String, String> tags);

    String getQueueUrl(String name);

    Page listQueues(String prefix, Integer maxResults, String nextToken);

    void deleteQueue(String queueUrl);

    void purgeQueue(String queueUrl);

    Map<String, String> getQueueAttributes(String queueUrl, List<String> names);

    void setQueueAttributes(String queueUrl, Map<String, String> attributes);

    Sent sendMessage(String queueUrl, Outgoing message);

    Batch sendMessageBatch(String queueUrl, Map<String, Outgoing> entries);

    List<Received> receiveMessage(String queueUrl, Receive request);

    void deleteMessage(String queueUrl, String receiptHandle);

    Batch deleteMessageBatch(String queueUrl, Map<String, String> receiptHandles);

    void changeMessageVisibility(String queueUrl, String receiptHandle, int seconds);

    Batch changeMessageVisibilityBatch(String queueUrl, Map<String, String> receiptHandles, int seconds);

    void tagQueue(String queueUrl, Map<String, String> tags);

    void untagQueue(String queueUrl, List<String> keys);

    Map<String, String> listQueueTags(String queueUrl);

    List<String> listDeadLetterSourceQueues(String queueUrl);

    String startMessageMoveTask(String sourceArn, String destinationArn, Integer rate);

    List<MoveTask> listMessageMoveTasks(String sourceArn);

    long cancelMessageMoveTask(String taskHandle);

    /** AddPermission of SendMessage to account 111111111111. */
    void addPermission(String queueUrl, String label);

    void removePermission(String queueUrl, String label);

    @Override
    void close();

    /** A message attribute: a String or Number type with a string value, or a Binary type with bytes. */
    record Attribute(String dataType, String stringValue, byte[] binaryValue) {
        static Attribute string(String value) {
            return new Attribute("String", value, null);
        }
    }

    /** @param delaySeconds null for the queue's; traceHeader null for none */
    record Outgoing(String body, Map<String, Attribute> attributes, String groupId, String deduplicationId,
                    Integer delaySeconds, String traceHeader) {
        static Outgoing of(String body) {
            return new Outgoing(body, Map.of(), null, null, null, null);
        }

        static Outgoing toGroup(String body, String groupId, String deduplicationId) {
            return new Outgoing(body, Map.of(), groupId, deduplicationId, null, null);
        }
    }

    record Sent(String messageId, String md5OfBody, String md5OfAttributes, String sequenceNumber) {
    }

    /** @param nulls stand for parameters left out */
    record Receive(Integer maxNumberOfMessages, Integer visibilityTimeout, Integer waitTimeSeconds,
                   List<String> attributeNames, List<String> messageAttributeNames, String attemptId) {
        static Receive all(int maximum) {
            return new Receive(maximum, null, 0, List.of("All"), List.of("All"), null);
        }

        Receive visibility(int seconds) {
            return new Receive(maxNumberOfMessages, seconds, waitTimeSeconds, attributeNames, messageAttributeNames,
                    attemptId);
        }

        Receive waiting(int seconds) {
            return new Receive(maxNumberOfMessages, visibilityTimeout, seconds, attributeNames,
                    messageAttributeNames, attemptId);
        }
    }

    record Received(String messageId, String receiptHandle, String body, String md5OfBody,
                    Map<String, String> attributes, Map<String, Attribute> messageAttributes) {
    }

    /** @param failed entry id to error code */
    record Batch(List<String> successful, Map<String, String> failed) {
    }

    record Page(List<String> queueUrls, String nextToken) {
    }

    record MoveTask(String taskHandle, String status, long moved, long toMove) {
    }

    /**
     * An error answer as the SDK surfaced it.
     *
     * @param exceptionType the SDK's exception class name, such as {@code QueueDoesNotExistException}
     */
    final class SqsFailure extends RuntimeException {
        final String code;
        final int status;
        final String exceptionType;

        SqsFailure(String code, int status, String message, String exceptionType) {
            super(code + " (" + status + ", " + exceptionType + "): " + message);
            this.code = code;
            this.status = status;
            this.exceptionType = exceptionType;
        }
    }
}
