package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.stream.Collectors;

/** Takes aws-lambda-java-events' {@link SQSEvent}: answers {@code "<messageId>=<body>,..."}. */
public class SqsHandler implements RequestHandler<SQSEvent, String> {
    @Override
    public String handleRequest(SQSEvent event, Context context) {
        return event.getRecords().stream()
                .map(message -> message.getMessageId() + "=" + message.getBody() + "@" + message.getEventSourceArn())
                .collect(Collectors.joining(","));
    }
}
