package dev.barista.bench.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The bench's no-op Java function: returns a constant. Two switches in the event serve the bench only and are
 * never set while latency is measured: {@code {"sleepMs": n}} holds the environment busy (to start several
 * environments at once) and {@code {"exit": true}} ends the process (to force the next invocation to start cold
 * without changing the function's revision).
 */
public final class NoopHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Map<String, Object> RESULT = Map.of();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        if (event != null && !event.isEmpty()) {
            control(event);
        }
        return RESULT;
    }

    private static void control(Map<String, Object> event) {
        if (event.get("sleepMs") instanceof Number millis) {
            try {
                Thread.sleep(millis.longValue());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (Boolean.TRUE.equals(event.get("exit"))) {
            System.exit(3);
        }
    }
}
