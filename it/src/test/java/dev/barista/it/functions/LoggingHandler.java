package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Logs a multi-line record through the context's logger and prints a stack trace, as Java functions do. */
public class LoggingHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        context.getLogger().log("record for " + input.get("tag") + "\nits second line");
        new IllegalStateException("printed for " + input.get("tag")).printStackTrace();
        return "logged";
    }
}
