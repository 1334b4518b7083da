package dev.barista.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What the bench reads from Linux's /proc: CPU time, resident memory, command lines of processes. */
final class ProcFs {
    /** USER_HZ: /proc reports CPU time in these ticks; 100 on every mainstream Linux. */
    static final long TICKS_PER_SECOND = 100;

    private ProcFs() {
    }

    /** utime + stime of a live process (all its threads), in ticks; 0 when it is gone. */
    static long cpuTicks(long pid) {
        long[] times = times(pid);
        return times[0] + times[1];
    }

    /** cutime + cstime: what the children it has waited for used, in ticks; 0 when it is gone. */
    static long reapedChildrenTicks(long pid) {
        long[] times = times(pid);
        return times[2] + times[3];
    }

    /** utime, stime, cutime, cstime of a live process, in ticks; zeros when it is gone. */
    private static long[] times(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            return new long[4];
        }
        // Fields after the command name, which is in parentheses and may contain spaces: fields[0] is field 3
        // (state); utime, stime, cutime and cstime are fields 14 to 17.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14])};
    }

    /** Voluntary plus involuntary context switches of every thread of a live process; 0 when it is gone. */
    static long contextSwitches(long pid) {
        long total = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String status = read(task.resolve("status"));
                if (status == null) {
                    continue;
                }
                for (String line : status.split("\n")) {
                    if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                        total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
            }
        } catch (IOException | RuntimeException gone) {
            return total;
        }
        return total;
    }

    /**
     * CPU ticks (utime + stime) and context switches (voluntary + involuntary) summed over the live threads of a
     * process whose name ({@code /proc/<pid>/task/<tid>/comm}, at most 15 characters) begins with {@code prefix}.
     */
    static long[] threadTicksAndSwitches(long pid, String prefix) {
        return threadTicksAndSwitches(pid, name -> name.startsWith(prefix));
    }

    /** {@link #threadTicksAndSwitches(long, String)} over the threads whose name satisfies {@code names}. */
    static long[] threadTicksAndSwitches(long pid, Predicate<String> names) {
        long ticks = 0;
        long switches = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name = read(task.resolve("comm"));
                if (name == null || !names.test(name)) {
                    continue;
                }
                String stat = read(task.resolve("stat"));
                String status = read(task.resolve("status"));
                if (stat == null || status == null) {
                    continue;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                for (String line : status.split("\n")) {
                    if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                        switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
            }
        } catch (IOException | RuntimeException gone) {
            return new long[] {ticks, switches};
        }
        return new long[] {ticks, switches};
    }

    /** The live descendants of a process (children, grandchildren...). */
    static List<ProcessHandle> descendants(long pid) {
        return ProcessHandle.of(pid).map(handle -> handle.descendants().toList()).orElse(List.of());
    }

    /**
     * CPU of every process a process has started, in ticks: what its reaped children used (its cutime and
     * cstime) plus what its live descendants used, their own reaped children included. A child that ends between
     * two readings moves from the second part to the first, so the sum stays continuous.
     */
    static long descendantsCpuTicks(long pid) {
        long total = reapedChildrenTicks(pid);
        for (ProcessHandle child : descendants(pid)) {
            long[] times = times(child.pid());
            // Its own threads, and the children it has reaped (a live grandchild is itself in descendants()).
            total += times[0] + times[1] + times[2] + times[3];
        }
        return total;
    }

    /** Busy and total ticks of the whole machine (first line of /proc/stat). */
    static long[] machineTicks() {
        String stat = read(Path.of("/proc/stat"));
        String[] fields = stat.substring(0, stat.indexOf('\n')).trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            long value = Long.parseLong(fields[i]);
            total += value;
            if (i == 4 || i == 5) { // idle, iowait
                idle += value;
            }
        }
        return new long[] {total - idle, total};
    }

    /** A field of /proc/<pid>/status in kB (VmHWM, VmRSS), or -1. */
    static long statusKilobytes(long pid, String field) {
        String status = read(Path.of("/proc", Long.toString(pid), "status"));
        if (status == null) {
            return -1;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

    /** Resident set size in kB from /proc/<pid>/statm (cheaper than status), or 0. */
    static long rssKilobytes(long pid) {
        String statm = read(Path.of("/proc", Long.toString(pid), "statm"));
        if (statm == null) {
            return 0;
        }
        return Long.parseLong(statm.split(" ")[1]) * 4;
    }

    /** Resets VmHWM of a process to its current RSS (Linux 4.0+; our own processes only). */
    static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException notAllowed) {
            return false;
        }
    }

    static List<String> commandLine(long pid) {
        String raw = read(Path.of("/proc", Long.toString(pid), "cmdline"));
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>(List.of(raw.split("\0")));
        return arguments;
    }

    static Map<String, String> environment(long pid) {
        String raw = read(Path.of("/proc", Long.toString(pid), "environ"));
        Map<String, String> variables = new LinkedHashMap<>();
        if (raw == null) {
            return variables;
        }
        for (String entry : raw.split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                variables.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return variables;
    }

    static Optional<Path> workingDirectory(long pid) {
        try {
            return Optional.of(Path.of("/proc", Long.toString(pid), "cwd").toRealPath());
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** The live descendant of {@code pid} whose command line contains {@code marker} and whose environment has
     * {@code AWS_LAMBDA_FUNCTION_NAME=function}. */
    static Optional<Long> environmentProcess(long serverPid, String function, String marker) {
        for (ProcessHandle child : descendants(serverPid)) {
            if (String.join(" ", commandLine(child.pid())).contains(marker)
                    && function.equals(environment(child.pid()).get("AWS_LAMBDA_FUNCTION_NAME"))) {
                return Optional.of(child.pid());
            }
        }
        return Optional.empty();
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /** "AMD EPYC 7B13" from /proc/cpuinfo. */
    static String cpuModel() {
        String info = read(Path.of("/proc/cpuinfo"));
        if (info != null) {
            for (String line : info.split("\n")) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        }
        return "unknown";
    }

    static long memTotalKilobytes() {
        String info = read(Path.of("/proc/meminfo"));
        if (info != null) {
            for (String line : info.split("\n")) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.substring(9).trim().split("\\s+")[0]);
                }
            }
        }
        return -1;
    }
}
