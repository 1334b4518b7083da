package dev.barista.core.queue;

import static dev.barista.core.queue.QueueLifecycleTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueuePermissionsTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final String url = fixture.create("orders");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addPermissionWritesAStatementOfTheQueuePolicy() {
        queues.addPermission(url, "send", List.of("111111111111"), List.of("SendMessage"));
        queues.addPermission(url, "both", List.of("111111111111", "222222222222"),
                List.of("ReceiveMessage", "DeleteMessage"));

        String arn = QueueFixture.arn("orders");
        assertThat(fixture.attributes(url).get("Policy")).isEqualTo("{\"Version\":\"2012-10-17\",\"Id\":\"" + arn
                + "/SQSDefaultPolicy\",\"Statement\":[{\"Sid\":\"send\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::111111111111:root\"},\"Action\":\"SQS:SendMessage\",\"Resource\":\"" + arn + "\"},"
                + "{\"Sid\":\"both\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111111111111:root\","
                + "\"arn:aws:iam::222222222222:root\"]},\"Action\":[\"SQS:ReceiveMessage\",\"SQS:DeleteMessage\"],"
                + "\"Resource\":\"" + arn + "\"}]}");
    }

    @Test
    void removePermissionDeletesTheLabeledStatement() {
        queues.addPermission(url, "send", List.of("111111111111"), List.of("SendMessage"));
        queues.addPermission(url, "receive", List.of("111111111111"), List.of("ReceiveMessage"));

        queues.removePermission(url, "send");

        assertThat(fixture.attributes(url).get("Policy")).contains("\"Sid\":\"receive\"").doesNotContain("\"send\"");
    }

    @Test
    void labelsAreUniqueAndMustExistToBeRemoved() {
        queues.addPermission(url, "send", List.of("111111111111"), List.of("SendMessage"));

        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value send for parameter Label is invalid. Reason: Already"
                + " exists.", () -> queues.addPermission(url, "send", List.of("111111111111"), List.of("*")));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value other for parameter Label is invalid. Reason: can't"
                + " find label on existing policy.", () -> queues.removePermission(url, "other"));
        assertError(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter ActionName.1.",
                () -> queues.addPermission(url, "x", List.of("111111111111"), List.of()));
    }

    @Test
    void aPolicySetByHandKeepsItsStatements() {
        queues.setQueueAttributes(url, Map.of("Policy", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Sid\":\"own\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"SQS:*\"}}"));

        queues.addPermission(url, "send", List.of("111111111111"), List.of("SendMessage"));

        assertThat(fixture.attributes(url).get("Policy")).startsWith("{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Sid\":\"own\"").contains("\"Sid\":\"send\"");
    }
}
