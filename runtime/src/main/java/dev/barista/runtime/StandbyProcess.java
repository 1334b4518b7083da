package dev.barista.runtime;

import dev.barista.runtime.api.RuntimeApiServer;
import dev.barista.runtime.api.RuntimeChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process started ahead of the environment it will become, holding what a cold start would otherwise wait for:
 * it is spawned (the JVM's spawn takes 2 ms), in its memory cgroup (joining a cgroup v1 makes the joining process
 * wait for a kernel RCU grace period, 10-15 ms on a 2-core VM), in its mount namespace with its private
 * {@code /tmp} (unshare(1) and mount(8), 2 ms each), with its Runtime API listening and its framed log FIFO made.
 * It waits as a shell that sources its standard input; {@link #handOver} writes the rest of its startup script
 * there (the code directory's read-only mount, the environment, the runtime's {@code exec}) and closes it.
 *
 * <p>Should the server die first, the shell reads the end of its input and exits: a standby process never
 * outlives its launcher. Not thread-safe: it belongs to one preparer, then to one launch.
 *
 * @param directory its environment directory, {@code tmp/} (the private {@code /tmp}) inside
 * @param cgroup the memory cgroup it joined, in {@link MemoryEnforcement#CGROUP} mode
 * @param output the pipe its stdout and stderr go to, read up to its ready line
 * @param telemetryFifo the FIFO of a Java runtime's framed log channel, if one could be made
 * @param readOnlyCodeRoot the directory of every code directory, already mounted read-only in its namespace
 */
record StandbyProcess(Path directory, Optional<CgroupMemoryLimit> cgroup, RuntimeChannel channel,
                      RuntimeApiServer server, Process process, OutputPipe output, Optional<Path> telemetryFifo,
                      Optional<Path> readOnlyCodeRoot) {
    /** The line the shell prints once it is prepared. */
    static final String READY = "barista-standby-ready";
    /** What a cgroup limits a standby process to until its function's memory size is known: Lambda's minimum. */
    static final int PROVISIONAL_MEGABYTES = 128;
    private static final int MAXIMUM_READY_LINE = 4096;

    Path temporaryDirectory() {
        return directory.resolve("tmp");
    }

    /** Whether the code directory is read-only in its namespace already. */
    boolean holdsReadOnly(Path code) {
        return readOnlyCodeRoot.map(root -> code.toAbsolutePath().normalize().startsWith(root)).orElse(false);
    }

    /**
     * Starts one and returns once it is prepared; empty, with everything undone, if it could not be.
     *
     * @param isolation the mount namespace to prepare, with the host paths it binds back
     * @param codeRoot the directory of every code directory, mounted read-only if it exists and with isolation
     */
    static Optional<StandbyProcess> prepare(Path directory, MemoryLimits memoryLimits,
            Optional<MountIsolation> isolation, List<Path> hostPaths, Optional<Path> codeRoot) {
        Optional<CgroupMemoryLimit> cgroup = Optional.empty();
        RuntimeApiServer server = null;
        Process process = null;
        OutputPipe output = null;
        try {
            Path temporary = Files.createDirectories(directory.resolve("tmp"));
            cgroup = memoryLimits.prepare(directory.getFileName().toString(), PROVISIONAL_MEGABYTES);
            Path fifo = directory.resolve("telemetry.fifo");
            Optional<Path> telemetryFifo = TelemetryChannel.makeFifo(fifo) ? Optional.of(fifo) : Optional.empty();
            RuntimeChannel channel = new RuntimeChannel();
            server = RuntimeApiServer.start(channel);
            List<String> steps = new ArrayList<>();
            cgroup.flatMap(CgroupMemoryLimit::startupStep).ifPresent(steps::add);
            isolation.ifPresent(mounts -> steps.addAll(mounts.prepare(temporary, hostPaths)));
            Optional<Path> readOnlyCodeRoot = isolation.isPresent() ? codeRoot.filter(Files::isDirectory)
                    : Optional.empty();
            readOnlyCodeRoot.ifPresent(root -> steps.addAll(isolation.orElseThrow().readOnly(root, hostPaths)));
            output = OutputPipe.open();
            ProcessBuilder builder = new ProcessBuilder(StartupScript.standby(
                    isolation.map(MountIsolation::prefix).orElse(List.of()), steps, READY))
                    .directory(directory.toFile()).redirectOutput(output.redirect()).redirectErrorStream(true);
            builder.environment().clear();
            process = builder.start();
            output.closeWriteEnd();
            if (!readLine(output.readEnd()).equals(READY)) {
                throw new IOException("the standby process was not prepared");
            }
            return Optional.of(new StandbyProcess(directory, cgroup, channel, server, process, output, telemetryFifo,
                    readOnlyCodeRoot));
        } catch (IOException | UncheckedIOException | IllegalStateException failure) {
            discard(directory, cgroup, server, process, output);
            return Optional.empty();
        }
    }

    /**
     * Hands the rest of the startup script over; the shell runs it and becomes the runtime. A process that died
     * meanwhile ends its environment's init as any runtime exit does.
     *
     * @param steps shell commands before the runtime starts, which must leave the code directory as working
     *     directory
     * @param variables the runtime's whole environment; every name is a {@link StartupScript#isShellName}
     */
    void handOver(List<String> steps, Map<String, String> variables, List<String> command) {
        try (OutputStream script = process.getOutputStream()) {
            script.write(StartupScript.handOver(steps, variables, command).getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // The shell exited: the environment sees its exit.
        }
    }

    /** Kills the process and releases what it held. */
    void discard() {
        discard(directory, cgroup, server, process, output);
    }

    private static void discard(Path directory, Optional<CgroupMemoryLimit> cgroup, RuntimeApiServer server,
            Process process, OutputPipe output) {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.close();
        }
        if (output != null) {
            output.close();
        }
        cgroup.ifPresent(CgroupMemoryLimit::close);
        Directories.deleteRecursively(directory);
    }

    /**
     * One line, byte by byte, in blocking reads: what follows it stays in the pipe for the environment's output
     * pump. Empty at the end of the stream.
     */
    private static String readLine(ReadableByteChannel pipe) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer next = ByteBuffer.allocate(1);
        while (pipe.read(next.clear()) == 1 && next.get(0) != '\n') {
            if (line.size() == MAXIMUM_READY_LINE) {
                return "";
            }
            line.write(next.get(0));
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
