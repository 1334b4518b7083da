package dev.barista.aws.sqs;

import dev.barista.aws.protocol.Support;
import dev.barista.aws.protocol.SupportedOperation;

/**
 * Every operation of the SQS API (as of AWS SDK for Java 2.40.2) and whether Barista implements it: the one list of
 * what Barista's SQS supports. Both protocols route every constant; an unimplemented one answers 501
 * {@code NotImplemented}. The table in {@code aws/README.md} is generated from it ({@link SqsSupportTable}).
 */
public enum SqsOperation implements SupportedOperation {
    ADD_PERMISSION("AddPermission", Support.IMPLEMENTED),
    CANCEL_MESSAGE_MOVE_TASK("CancelMessageMoveTask", Support.IMPLEMENTED),
    CHANGE_MESSAGE_VISIBILITY("ChangeMessageVisibility", Support.IMPLEMENTED),
    CHANGE_MESSAGE_VISIBILITY_BATCH("ChangeMessageVisibilityBatch", Support.IMPLEMENTED),
    CREATE_QUEUE("CreateQueue", Support.IMPLEMENTED),
    DELETE_MESSAGE("DeleteMessage", Support.IMPLEMENTED),
    DELETE_MESSAGE_BATCH("DeleteMessageBatch", Support.IMPLEMENTED),
    DELETE_QUEUE("DeleteQueue", Support.IMPLEMENTED),
    GET_QUEUE_ATTRIBUTES("GetQueueAttributes", Support.IMPLEMENTED),
    GET_QUEUE_URL("GetQueueUrl", Support.IMPLEMENTED),
    LIST_DEAD_LETTER_SOURCE_QUEUES("ListDeadLetterSourceQueues", Support.IMPLEMENTED),
    LIST_MESSAGE_MOVE_TASKS("ListMessageMoveTasks", Support.IMPLEMENTED),
    LIST_QUEUE_TAGS("ListQueueTags", Support.IMPLEMENTED),
    LIST_QUEUES("ListQueues", Support.IMPLEMENTED),
    PURGE_QUEUE("PurgeQueue", Support.IMPLEMENTED),
    RECEIVE_MESSAGE("ReceiveMessage", Support.IMPLEMENTED),
    REMOVE_PERMISSION("RemovePermission", Support.IMPLEMENTED),
    SEND_MESSAGE("SendMessage", Support.IMPLEMENTED),
    SEND_MESSAGE_BATCH("SendMessageBatch", Support.IMPLEMENTED),
    SET_QUEUE_ATTRIBUTES("SetQueueAttributes", Support.IMPLEMENTED),
    START_MESSAGE_MOVE_TASK("StartMessageMoveTask", Support.IMPLEMENTED),
    TAG_QUEUE("TagQueue", Support.IMPLEMENTED),
    UNTAG_QUEUE("UntagQueue", Support.IMPLEMENTED);

    private final String operationName;
    private final Support support;

    SqsOperation(String operationName, Support support) {
        this.operationName = operationName;
        this.support = support;
    }

    /** The name in {@code X-Amz-Target: AmazonSQS.<name>} and in Query's {@code Action=<name>}. */
    @Override
    public String operationName() {
        return operationName;
    }

    @Override
    public Support support() {
        return support;
    }

    /** The operation's page in the SQS API reference. */
    @Override
    public String documentation() {
        return "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_" + operationName + ".html";
    }
}
