package dev.barista.bench.functions;

import java.util.Map;

/**
 * The bare Java baseline of the cold-start figures: a JVM that instantiates the same handler, calls it once with
 * an empty event and prints the result, without any runtime client or Runtime API.
 */
public final class BareMain {
    private BareMain() {
    }

    public static void main(String[] arguments) {
        Map<String, Object> result = new NoopHandler().handleRequest(Map.of(), null);
        System.out.println(result);
    }
}
