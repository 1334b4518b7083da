package dev.barista.runtime;

import dev.barista.core.environment.LogSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every line, in order. */
final class CollectingLogSink implements LogSink {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void accept(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String text() {
        return String.join("\n", lines);
    }
}
