package dev.barista.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Markdown report: printed as it is produced, and written to a file at the end. */
final class Report {
    private final StringBuilder markdown = new StringBuilder();
    private final List<String> goals = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();

    void title(String text) {
        emit("# " + text + "\n\n");
    }

    void section(String text) {
        emit("\n## " + text + "\n\n");
    }

    void note(String text) {
        emit("\n" + text + "\n");
    }

    void table(String... headers) {
        emit("| " + String.join(" | ", headers) + " |\n");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < headers.length; i++) {
            rule.append("---|");
        }
        emit(rule + "\n");
    }

    void row(String... cells) {
        emit("| " + String.join(" | ", cells) + " |\n");
    }

    /** Ends a table; goals recorded meanwhile with {@link #goalLater} follow it. */
    void endTable() {
        emit("\n");
        pending.forEach(line -> emit(line + "\n"));
        pending.clear();
    }

    void goal(String goal, String measured, boolean met) {
        String line = "- " + (met ? "**met**" : "**missed**") + ": " + goal + ": " + measured;
        goals.add(line);
        emit(line + "\n");
    }

    /** A line of the goals summary that is no goal but tells what a goal can reach (the relay floors). */
    void reference(String text) {
        String line = "- floor: " + text;
        goals.add(line);
        emit(line + "\n");
    }

    /** A goal measured while a table is being written: listed once the table ends. */
    void goalLater(String goal, String measured, boolean met) {
        String line = "- " + (met ? "**met**" : "**missed**") + ": " + goal + ": " + measured;
        goals.add(line);
        pending.add(line);
    }

    void summary() {
        emit("\n## Goals\n\n" + String.join("\n", goals) + "\n");
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown);
    }

    private void emit(String text) {
        markdown.append(text);
        System.out.print(text);
        System.out.flush();
    }

    static String millis(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value < 10 ? String.format("%.3f", value) : value < 100 ? String.format("%.1f", value)
                : String.format("%.0f", value);
    }

    static String abbreviate(String text, int length) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\n', ' ').replace('|', '/');
        return flat.length() <= length ? flat : flat.substring(0, length) + "...";
    }
}
