package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The plain POJO handler: {@code {"name":"x"}} in, {@code "Hello, x!"} out, with a line in the log. */
public class HelloHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        context.getLogger().log("hello handler saw " + input.get("name"));
        System.out.println("stdout line from java");
        return "Hello, " + input.get("name") + "!";
    }
}
