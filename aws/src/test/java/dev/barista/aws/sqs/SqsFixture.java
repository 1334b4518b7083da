package dev.barista.aws.sqs;

import dev.barista.aws.AwsGateway;
import dev.barista.core.queue.InMemoryQueueStore;
import dev.barista.core.queue.QueueService;
import dev.barista.core.queue.QueueSettings;
import dev.barista.core.testing.MutableClock;
import java.time.Instant;

/** A queue service on an in-memory store behind a gateway serving SQS in both protocols. */
final class SqsFixture implements AutoCloseable {
    static final String ACCOUNT = "123456789012";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final QueueService queues = QueueService.open(new InMemoryQueueStore(), new QueueSettings(ACCOUNT, "us-east-1"),
            clock);
    final AwsGateway gateway = AwsGateway.builder().awsJson(new SqsJsonService(queues))
            .awsQuery(new SqsQueryService(queues)).requestIds(() -> "request-1").build();

    @Override
    public void close() {
        queues.close();
    }
}
