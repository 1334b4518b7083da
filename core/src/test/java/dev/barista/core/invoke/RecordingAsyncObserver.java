package dev.barista.core.invoke;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AsyncInvocationObserver} that writes every fact down as a line, such as {@code dropped orders null}. */
final class RecordingAsyncObserver implements AsyncInvocationObserver {
    private final List<String> facts = new CopyOnWriteArrayList<>();

    List<String> facts() {
        return facts;
    }

    @Override
    public void received(String functionName, String qualifier) {
        facts.add("received " + functionName + " " + qualifier);
    }

    @Override
    public void invoked(String functionName, String qualifier, Duration age) {
        facts.add("invoked " + functionName + " " + qualifier + " " + age);
    }

    @Override
    public void dropped(String functionName, String qualifier) {
        facts.add("dropped " + functionName + " " + qualifier);
    }

    @Override
    public void deadLetterFailed(String functionName, String qualifier) {
        facts.add("deadLetterFailed " + functionName + " " + qualifier);
    }

    @Override
    public void destinationDeliveryFailed(String functionName, String qualifier) {
        facts.add("destinationDeliveryFailed " + functionName + " " + qualifier);
    }
}
