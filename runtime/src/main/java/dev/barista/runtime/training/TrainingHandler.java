package dev.barista.runtime.training;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function of the runtime interface client's training run ({@code RuntimeClientCaches}): a JSON map in, a JSON
 * map out, a line through the context's logger and one on standard output, which are the paths of the client most
 * functions take. The client loads it from a task root of its own, never from Barista's classpath.
 */
public final class TrainingHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        context.getLogger().log("training round " + event.get("round"));
        System.out.println("training " + context.getFunctionName());
        Map<String, Object> answer = new LinkedHashMap<>(event);
        answer.put("requestId", context.getAwsRequestId());
        answer.put("remainingMillis", context.getRemainingTimeInMillis());
        return answer;
    }
}
