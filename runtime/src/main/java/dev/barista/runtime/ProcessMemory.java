package dev.barista.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the memory figures of a Linux process from {@code /proc}; 0 when the process is gone. */
final class ProcessMemory {
    private static final long PAGE_SIZE = 4096;

    private ProcessMemory() {
    }

    /** Resident set size now, from the second field of {@code /proc/<pid>/statm}. */
    static long residentBytes(long pid) {
        try {
            String statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm"));
            String[] fields = statm.trim().split(" ");
            return fields.length > 1 ? Long.parseLong(fields[1]) * PAGE_SIZE : 0;
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
    }

    /** The high-water mark of the resident set ({@code VmHWM} of {@code /proc/<pid>/status}). */
    static long peakResidentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024;
                }
            }
            return 0;
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
    }
}
