package dev.barista.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Process-tree observations for the leak tests. The environments of an in-process server are descendants of this
 * JVM; a process counts as running unless it is gone or a zombie (PID 1 here does not always reap orphans).
 */
public final class Processes {
    private Processes() {
    }

    /** Every descendant of this JVM, by pid. */
    public static Set<Long> descendants() {
        return descendantsOf(ProcessHandle.current());
    }

    public static Set<Long> descendantsOf(ProcessHandle parent) {
        return parent.descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The running descendants that were not in {@code before}. */
    public static Set<Long> startedSince(Set<Long> before) {
        return descendants().stream().filter(pid -> !before.contains(pid)).filter(Processes::running)
                .collect(Collectors.toSet());
    }

    public static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException gone) {
                return false;
            }
        }
        return false;
    }

    public static List<Long> stillRunning(Collection<Long> pids) {
        return pids.stream().filter(Processes::running).sorted().toList();
    }

    /** Waits until none of {@code pids} runs; fails naming the survivors and their command lines. */
    public static void awaitAllGone(Collection<Long> pids, Duration atMost, String after) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> stillRunning(pids).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            throw new AssertionError("processes still running " + atMost.toSeconds() + " s " + after + ": "
                    + describe(stillRunning(pids)), timeout);
        }
    }

    public static String describe(Collection<Long> pids) {
        return pids.stream().map(pid -> pid + " " + ProcessHandle.of(pid)
                        .flatMap(handle -> handle.info().commandLine()).orElse("?"))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /**
     * The processes of one function's environments under {@code root}: those started with
     * {@code AWS_LAMBDA_FUNCTION_NAME=<functionName>} in their environment, their ancestors below {@code root}
     * (launch wrappers) and their descendants (whatever the function started).
     */
    public static Set<Long> environmentOf(String functionName, ProcessHandle root) {
        String entry = "AWS_LAMBDA_FUNCTION_NAME=" + functionName;
        Set<Long> result = new java.util.HashSet<>();
        root.descendants().filter(process -> environment(process.pid()).contains(entry)).forEach(process -> {
            result.add(process.pid());
            process.descendants().forEach(descendant -> result.add(descendant.pid()));
            for (ProcessHandle parent = process.parent().orElse(null); parent != null && parent.pid() != root.pid();
                    parent = parent.parent().orElse(null)) {
                result.add(parent.pid());
            }
        });
        return result.stream().filter(Processes::running).collect(Collectors.toSet());
    }

    public static Set<Long> environmentOf(String functionName) {
        return environmentOf(functionName, ProcessHandle.current());
    }

    private static List<String> environment(long pid) {
        try {
            return List.of(Files.readString(Path.of("/proc/" + pid + "/environ")).split("\0"));
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** Kills what a failed test left behind, so that one failure does not cascade into the next tests. */
    public static void killAll(Collection<Long> pids) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
}
