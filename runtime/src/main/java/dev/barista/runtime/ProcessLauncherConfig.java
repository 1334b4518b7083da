package dev.barista.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the {@link ProcessLauncher}. Bound from the server's configuration; {@link #defaults} holds the
 * value of every field that is not set.
 *
 * @param workDirectory per-environment temporary directories, extracted bootstraps and Java AOT caches. One
 *     launcher per work directory: it removes environment leftovers found there at start
 * @param javaHomes explicit JDK homes by feature version (21 -> /opt/jdk-21); versions not listed are discovered
 *     in {@code javaSearchDirectories}, {@code JAVA_HOME} and the running JVM. Default: none
 * @param javaSearchDirectories directories whose children are JDK homes. Default: {@code /usr/lib/jvm}
 * @param nodeExecutable the {@code node} to run Node.js functions with, or null to look for {@code node} on
 *     {@code executableSearchPath}. Default: null
 * @param pythonExecutables explicit interpreters by language version ("3.12" -> /usr/bin/python3.12); other
 *     versions are discovered as {@code python3} and {@code python3.X} on {@code executableSearchPath}.
 *     Default: none
 * @param executableSearchPath where interpreters are looked for. Default: this process's {@code PATH}
 * @param memoryEnforcement how memory sizes are enforced. Default: {@link MemoryEnforcement#AUTO}
 * @param memoryWatchdogInterval how often the watchdog reads memory use. Default: 100 ms
 * @param filesystemIsolation whether each function gets a private {@code /tmp} and a read-only code directory.
 *     Default: {@link FilesystemIsolation#AUTO}
 * @param javaAotCache whether Java functions on JDK 25 or later start from AOT caches: the runtime interface
 *     client's own (made once per JDK by a training run of the client, used by every function's first
 *     environment) and, for functions that bring jars, one per function revision (recorded by one of its
 *     environments up to its first answer, used by the later ones). Default: true
 * @param outputDrainTimeout how long an invocation whose process ended waits at most for the process's last output
 *     to reach the log sink. (An answered invocation waits for the output written before its answer until its
 *     deadline at most: the output's reader delivers the answer once it has read that far.) Default: 1 s
 * @param aotRecordingGrace how long destroying a recording environment waits for the JVM to write its AOT
 *     configuration before killing it, when {@code jcmd} could not make it write it earlier. Default: 10 s
 * @param standbyProcesses how many processes are kept started ahead of demand, each already in its memory
 *     cgroup and mount namespace, for the next cold starts to become ({@link StandbyProcess}); 0 for none.
 *     Default: 2
 * @param codeRoot the directory that holds every code directory (the server's code store), or null. A standby
 *     process mounts all of it read-only ahead of demand, so that a cold start of code under it mounts nothing.
 *     Default: null
 */
public record ProcessLauncherConfig(
        Path workDirectory,
        Map<Integer, Path> javaHomes,
        List<Path> javaSearchDirectories,
        Path nodeExecutable,
        Map<String, Path> pythonExecutables,
        List<Path> executableSearchPath,
        MemoryEnforcement memoryEnforcement,
        Duration memoryWatchdogInterval,
        FilesystemIsolation filesystemIsolation,
        boolean javaAotCache,
        Duration outputDrainTimeout,
        Duration aotRecordingGrace,
        int standbyProcesses,
        Path codeRoot) {

    public ProcessLauncherConfig {
        Objects.requireNonNull(workDirectory, "workDirectory");
        javaHomes = Map.copyOf(javaHomes);
        javaSearchDirectories = List.copyOf(javaSearchDirectories);
        pythonExecutables = Map.copyOf(pythonExecutables);
        executableSearchPath = List.copyOf(executableSearchPath);
        Objects.requireNonNull(memoryEnforcement, "memoryEnforcement");
        requirePositive(memoryWatchdogInterval, "memoryWatchdogInterval");
        Objects.requireNonNull(filesystemIsolation, "filesystemIsolation");
        requirePositive(outputDrainTimeout, "outputDrainTimeout");
        requirePositive(aotRecordingGrace, "aotRecordingGrace");
        if (standbyProcesses < 0) {
            throw new IllegalArgumentException("standbyProcesses must not be negative");
        }
    }

    /** Every default, with the work directory under the server's data directory. */
    public static ProcessLauncherConfig defaults(Path workDirectory) {
        return new ProcessLauncherConfig(
                workDirectory,
                Map.of(),
                List.of(Path.of("/usr/lib/jvm")),
                null,
                Map.of(),
                pathOfThisProcess(),
                MemoryEnforcement.AUTO,
                Duration.ofMillis(100),
                FilesystemIsolation.AUTO,
                true,
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                2,
                null);
    }

    public ProcessLauncherConfig withJavaHomes(Map<Integer, Path> value) {
        return new ProcessLauncherConfig(workDirectory, value, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, javaAotCache, outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withJavaSearchDirectories(List<Path> value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, value, nodeExecutable, pythonExecutables,
                executableSearchPath, memoryEnforcement, memoryWatchdogInterval, filesystemIsolation, javaAotCache,
                outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withNodeExecutable(Path value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, value, pythonExecutables,
                executableSearchPath, memoryEnforcement, memoryWatchdogInterval, filesystemIsolation, javaAotCache,
                outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withPythonExecutables(Map<String, Path> value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable, value,
                executableSearchPath, memoryEnforcement, memoryWatchdogInterval, filesystemIsolation, javaAotCache,
                outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withExecutableSearchPath(List<Path> value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, value, memoryEnforcement, memoryWatchdogInterval, filesystemIsolation,
                javaAotCache, outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withMemoryEnforcement(MemoryEnforcement value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, value, memoryWatchdogInterval, filesystemIsolation,
                javaAotCache, outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withMemoryWatchdogInterval(Duration value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, value, filesystemIsolation, javaAotCache,
                outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withFilesystemIsolation(FilesystemIsolation value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval, value,
                javaAotCache, outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withJavaAotCache(boolean value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, value, outputDrainTimeout, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withOutputDrainTimeout(Duration value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, javaAotCache, value, aotRecordingGrace, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withAotRecordingGrace(Duration value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, javaAotCache, outputDrainTimeout, value, standbyProcesses, codeRoot);
    }

    public ProcessLauncherConfig withStandbyProcesses(int value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, javaAotCache, outputDrainTimeout, aotRecordingGrace, value, codeRoot);
    }

    public ProcessLauncherConfig withCodeRoot(Path value) {
        return new ProcessLauncherConfig(workDirectory, javaHomes, javaSearchDirectories, nodeExecutable,
                pythonExecutables, executableSearchPath, memoryEnforcement, memoryWatchdogInterval,
                filesystemIsolation, javaAotCache, outputDrainTimeout, aotRecordingGrace, standbyProcesses, value);
    }

    private static List<Path> pathOfThisProcess() {
        String path = System.getenv("PATH");
        if (path == null || path.isBlank()) {
            return List.of(Path.of("/usr/local/bin"), Path.of("/usr/bin"), Path.of("/bin"));
        }
        return Arrays.stream(path.split(":")).filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
