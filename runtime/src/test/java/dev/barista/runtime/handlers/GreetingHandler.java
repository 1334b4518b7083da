package dev.barista.runtime.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** A Java function for the launcher tests: greets, logs, and fails on request. */
public class GreetingHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        System.out.println("greeting " + event.get("name") + " in " + context.getFunctionName());
        if ("boom".equals(event.get("name"))) {
            throw new IllegalStateException("boom requested");
        }
        return "hello " + event.get("name") + " from " + context.getAwsRequestId();
    }
}
