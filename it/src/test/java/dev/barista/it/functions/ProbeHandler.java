package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The Java counterpart of the Python probe: does what the event's {@code action} asks. */
public class ProbeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String INIT_ID = UUID.randomUUID().toString();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Map<String, Object> result = new LinkedHashMap<>();
        String action = String.valueOf(input.getOrDefault("action", "echo"));
        switch (action) {
            case "echo" -> {
                result.put("event", input);
                result.put("initId", INIT_ID);
                result.put("pid", ProcessHandle.current().pid());
            }
            case "context" -> {
                result.put("functionName", context.getFunctionName());
                result.put("functionVersion", context.getFunctionVersion());
                result.put("invokedFunctionArn", context.getInvokedFunctionArn());
                result.put("memoryLimitInMB", String.valueOf(context.getMemoryLimitInMB()));
                result.put("awsRequestId", context.getAwsRequestId());
                result.put("logGroupName", context.getLogGroupName());
                result.put("logStreamName", context.getLogStreamName());
                result.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
            }
            case "environment" -> {
                result.put("variables", System.getenv());
                result.put("tempDirectory", System.getProperty("java.io.tmpdir"));
                result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
                result.put("javaVersion", Runtime.version().feature());
            }
            case "fail" -> throw new IllegalStateException(String.valueOf(input.getOrDefault("message", "boom")));
            case "exit" -> Runtime.getRuntime().halt(1);
            case "sleep" -> {
                try {
                    Thread.sleep(((Number) input.get("seconds")).longValue() * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                result.put("slept", true);
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
        return result;
    }
}
