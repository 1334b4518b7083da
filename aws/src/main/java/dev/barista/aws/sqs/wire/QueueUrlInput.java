package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of operations that take only a queue: DeleteQueue, PurgeQueue, ListQueueTags. */
public record QueueUrlInput(@JsonProperty("QueueUrl") String queueUrl) {

    public static QueueUrlInput fromQuery(QueryInput input) {
        return new QueueUrlInput(input.queueUrl());
    }
}
