package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.core.queue.MessageMoveTaskStatus;
import java.util.List;

/** StartMessageMoveTask, CancelMessageMoveTask and ListMessageMoveTasks. */
public final class MessageMoveTasks {
    private MessageMoveTasks() {
    }

    public record StartInput(@JsonProperty("SourceArn") String sourceArn,
                             @JsonProperty("DestinationArn") String destinationArn,
                             @JsonProperty("MaxNumberOfMessagesPerSecond") Integer maxNumberOfMessagesPerSecond) {

        public static StartInput fromQuery(QueryInput input) {
            return new StartInput(input.string("SourceArn"), input.string("DestinationArn"),
                    input.integer("MaxNumberOfMessagesPerSecond"));
        }
    }

    public record StartOutput(@JsonProperty("TaskHandle") String taskHandle) {

        public List<XmlElement> toXml() {
            return new QueryOutput().text("TaskHandle", taskHandle).elements();
        }
    }

    public record CancelInput(@JsonProperty("TaskHandle") String taskHandle) {

        public static CancelInput fromQuery(QueryInput input) {
            return new CancelInput(input.string("TaskHandle"));
        }
    }

    public record CancelOutput(@JsonProperty("ApproximateNumberOfMessagesMoved") long moved) {

        public List<XmlElement> toXml() {
            return new QueryOutput().text("ApproximateNumberOfMessagesMoved", moved).elements();
        }
    }

    public record ListInput(@JsonProperty("SourceArn") String sourceArn,
                            @JsonProperty("MaxResults") Integer maxResults) {

        public static ListInput fromQuery(QueryInput input) {
            return new ListInput(input.string("SourceArn"), input.integer("MaxResults"));
        }
    }

    /** @param startedTimestamp epoch milliseconds */
    public record Task(@JsonProperty("TaskHandle") String taskHandle, @JsonProperty("Status") String status,
                       @JsonProperty("SourceArn") String sourceArn,
                       @JsonProperty("DestinationArn") String destinationArn,
                       @JsonProperty("MaxNumberOfMessagesPerSecond") Integer maxNumberOfMessagesPerSecond,
                       @JsonProperty("ApproximateNumberOfMessagesMoved") long approximateNumberOfMessagesMoved,
                       @JsonProperty("ApproximateNumberOfMessagesToMove") long approximateNumberOfMessagesToMove,
                       @JsonProperty("FailureReason") String failureReason,
                       @JsonProperty("StartedTimestamp") long startedTimestamp) {

        static Task of(MessageMoveTaskStatus task) {
            return new Task(task.taskHandle(), task.status().name(), task.sourceArn(), task.destinationArn(),
                    task.maxNumberOfMessagesPerSecond(), task.approximateNumberOfMessagesMoved(),
                    task.approximateNumberOfMessagesToMove(), task.failureReason(), task.startedAt().toEpochMilli());
        }

        XmlElement toXml() {
            return new QueryOutput().text("TaskHandle", taskHandle).text("Status", status).text("SourceArn", sourceArn)
                    .text("DestinationArn", destinationArn)
                    .text("MaxNumberOfMessagesPerSecond", maxNumberOfMessagesPerSecond)
                    .text("ApproximateNumberOfMessagesMoved", approximateNumberOfMessagesMoved)
                    .text("ApproximateNumberOfMessagesToMove", approximateNumberOfMessagesToMove)
                    .text("FailureReason", failureReason).text("StartedTimestamp", startedTimestamp)
                    .as("ListMessageMoveTasksResultEntry");
        }
    }

    public record ListOutput(@JsonProperty("Results") List<Task> results) {

        public static ListOutput of(List<MessageMoveTaskStatus> tasks) {
            return new ListOutput(tasks.stream().map(Task::of).toList());
        }

        public List<XmlElement> toXml() {
            QueryOutput output = new QueryOutput();
            results.forEach(task -> output.element(task.toXml()));
            return output.elements();
        }
    }
}
