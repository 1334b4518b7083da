package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** A handler whose static initialiser throws: the init error path of the runtime interface client. */
public class FailingInitHandler implements RequestHandler<Map<String, Object>, String> {
    private static final String GREETING = failingInitialiser();

    private static String failingInitialiser() {
        throw new IllegalStateException("static init failed");
    }

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return GREETING;
    }
}
