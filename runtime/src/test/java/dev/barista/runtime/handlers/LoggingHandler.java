package dev.barista.runtime.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Logs through the context's logger (a multi-line record), System.out and a printed stack trace. */
public class LoggingHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        context.getLogger().log("record of " + event.get("name") + "\nsecond line of the record\n");
        System.out.println("plain line");
        new IllegalStateException("printed").printStackTrace();
        context.getLogger().log("last record");
        return "logged";
    }
}
