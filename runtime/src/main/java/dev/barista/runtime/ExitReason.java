package dev.barista.runtime;

import java.util.Map;

/**
 * Words a process's end as Lambda does after "Runtime exited with error: " ({@code exit status 1},
 * {@code signal: killed}). The JDK reports a death by signal N as exit value 128 + N.
 */
final class ExitReason {
    private static final Map<Integer, String> SIGNALS = Map.ofEntries(
            Map.entry(1, "hangup"),
            Map.entry(2, "interrupt"),
            Map.entry(3, "quit"),
            Map.entry(4, "illegal instruction"),
            Map.entry(5, "trace/breakpoint trap"),
            Map.entry(6, "aborted"),
            Map.entry(7, "bus error"),
            Map.entry(8, "floating point exception"),
            Map.entry(9, "killed"),
            Map.entry(10, "user defined signal 1"),
            Map.entry(11, "segmentation fault"),
            Map.entry(12, "user defined signal 2"),
            Map.entry(13, "broken pipe"),
            Map.entry(14, "alarm clock"),
            Map.entry(15, "terminated"),
            Map.entry(24, "CPU time limit exceeded"),
            Map.entry(25, "file size limit exceeded"),
            Map.entry(31, "bad system call"));

    private ExitReason() {
    }

    static String of(int exitValue) {
        if (exitValue > 128 && exitValue <= 128 + 64) {
            int signal = exitValue - 128;
            return "signal: " + SIGNALS.getOrDefault(signal, "signal " + signal);
        }
        return "exit status " + exitValue;
    }
}
