package dev.barista.aws.sqs;

import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.sqs.wire.CreateQueue;
import dev.barista.aws.sqs.wire.GetQueueUrl;
import dev.barista.aws.sqs.wire.ListQueues;
import dev.barista.aws.sqs.wire.Permissions;
import dev.barista.aws.sqs.wire.QueueAttributes;
import dev.barista.aws.sqs.wire.QueueTags;
import dev.barista.aws.sqs.wire.QueueUrlInput;
import dev.barista.aws.sqs.wire.QueueUrlOutput;
import dev.barista.core.queue.QueueListing;
import dev.barista.core.queue.QueueService;
import java.util.List;
import java.util.Map;

/** The operations on queues themselves. One thin method per operation; a null output answers nothing. */
final class QueueOperations {
    private final QueueService queues;

    QueueOperations(QueueService queues) {
        this.queues = queues;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">CreateQueue</a>. */
    QueueUrlOutput createQueue(CreateQueue.Input input, RequestContext context) {
        return url(queues.createQueue(input.queueName(), input.attributes(), input.tags()), context);
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html">GetQueueUrl</a>. */
    QueueUrlOutput getQueueUrl(GetQueueUrl.Input input, RequestContext context) {
        return url(queues.getQueueUrl(input.queueName(), input.queueOwnerAccountId()), context);
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html">ListQueues</a>. */
    ListQueues.Output listQueues(ListQueues.Input input, RequestContext context) {
        QueueListing listing = queues.listQueues(input.queueNamePrefix(), input.maxResults(), input.nextToken());
        return new ListQueues.Output(urls(listing, context), listing.nextToken());
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteQueue.html">DeleteQueue</a>. */
    Void deleteQueue(QueueUrlInput input, RequestContext context) {
        queues.deleteQueue(input.queueUrl());
        return null;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html">PurgeQueue</a>. */
    Void purgeQueue(QueueUrlInput input, RequestContext context) {
        queues.purgeQueue(input.queueUrl());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html">
     * GetQueueAttributes</a>.
     */
    QueueAttributes.GetOutput getQueueAttributes(QueueAttributes.GetInput input, RequestContext context) {
        return new QueueAttributes.GetOutput(nullIfEmpty(queues.getQueueAttributes(input.queueUrl(),
                input.attributeNames())));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html">
     * SetQueueAttributes</a>.
     */
    Void setQueueAttributes(QueueAttributes.SetInput input, RequestContext context) {
        queues.setQueueAttributes(input.queueUrl(), input.attributes());
        return null;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html">AddPermission</a>. */
    Void addPermission(Permissions.AddInput input, RequestContext context) {
        queues.addPermission(input.queueUrl(), input.label(), input.accountIds(), input.actions());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_RemovePermission.html">
     * RemovePermission</a>.
     */
    Void removePermission(Permissions.RemoveInput input, RequestContext context) {
        queues.removePermission(input.queueUrl(), input.label());
        return null;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_TagQueue.html">TagQueue</a>. */
    Void tagQueue(QueueTags.TagInput input, RequestContext context) {
        queues.tagQueue(input.queueUrl(), input.tags());
        return null;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_UntagQueue.html">UntagQueue</a>. */
    Void untagQueue(QueueTags.UntagInput input, RequestContext context) {
        queues.untagQueue(input.queueUrl(), input.tagKeys());
        return null;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueueTags.html">ListQueueTags</a>. */
    QueueTags.ListOutput listQueueTags(QueueUrlInput input, RequestContext context) {
        return new QueueTags.ListOutput(nullIfEmpty(queues.listQueueTags(input.queueUrl())));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListDeadLetterSourceQueues.html">
     * ListDeadLetterSourceQueues</a>.
     */
    ListQueues.SourcesOutput listDeadLetterSourceQueues(ListQueues.SourcesInput input, RequestContext context) {
        QueueListing listing = queues.listDeadLetterSourceQueues(input.queueUrl(), input.maxResults(),
                input.nextToken());
        List<String> urls = urls(listing, context);
        return new ListQueues.SourcesOutput(urls == null ? List.of() : urls, listing.nextToken());
    }

    private QueueUrlOutput url(String queueName, RequestContext context) {
        return new QueueUrlOutput(QueueUrls.of(context, queues.settings().accountId(), queueName));
    }

    private List<String> urls(QueueListing listing, RequestContext context) {
        List<String> urls = listing.queueNames().stream()
                .map(name -> QueueUrls.of(context, queues.settings().accountId(), name)).toList();
        return urls.isEmpty() ? null : urls;
    }

    private static Map<String, String> nullIfEmpty(Map<String, String> map) {
        return map.isEmpty() ? null : map;
    }
}
