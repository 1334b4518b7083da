package dev.barista.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The function processes of the relay floor: minimal Lambda runtime clients that echo each event, either a C
 * program compiled at run time with {@code cc} or a python script on a raw socket (sources in
 * {@code src/main/resources/dev/barista/bench/floor}). Started as children of the bench, each connected to a
 * {@link RelayFloor}; {@link #close} stops them and removes the scratch directory. Not thread-safe.
 */
final class EchoProcesses implements AutoCloseable {
    private final Path scratch;
    private final List<Process> processes = new ArrayList<>();

    private EchoProcesses(Path scratch) {
        this.scratch = scratch;
    }

    /** {@code count} C echo processes against the relay, or empty (with the reason printed) when {@code cc} fails. */
    static Optional<EchoProcesses> c(RelayFloor relay, int count) throws Exception {
        Path scratch = Files.createTempDirectory("barista-bench-floor-c");
        Path source = copyResource("echo.c", scratch);
        Path binary = scratch.resolve("echo");
        Process compiler;
        try {
            compiler = new ProcessBuilder("cc", "-O2", "-o", binary.toString(), source.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException missing) {
            System.err.println("bench: relay floor, C echo skipped: cannot run cc: " + missing.getMessage());
            Directories.delete(scratch);
            return Optional.empty();
        }
        String output = new String(compiler.getInputStream().readAllBytes());
        if (!compiler.waitFor(60, TimeUnit.SECONDS) || compiler.exitValue() != 0) {
            System.err.println("bench: relay floor, C echo skipped: cc failed: " + output);
            Directories.delete(scratch);
            return Optional.empty();
        }
        return Optional.of(start(scratch, List.of(binary.toString()), relay, count));
    }

    /** {@code count} python echo processes against the relay, run by {@code interpreter}. */
    static EchoProcesses python(String interpreter, RelayFloor relay, int count) throws Exception {
        Path scratch = Files.createTempDirectory("barista-bench-floor-python");
        Path script = copyResource("echo.py", scratch);
        return start(scratch, List.of(interpreter, script.toString()), relay, count);
    }

    private static EchoProcesses start(Path scratch, List<String> command, RelayFloor relay, int count)
            throws Exception {
        EchoProcesses echoes = new EchoProcesses(scratch);
        try {
            for (int i = 0; i < count; i++) {
                ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("AWS_LAMBDA_RUNTIME_API", relay.runtimeApiAddress());
                echoes.processes.add(builder.start());
            }
            relay.awaitEnvironments(count, 30_000);
            return echoes;
        } catch (Exception failed) {
            echoes.close();
            throw failed;
        }
    }

    private static Path copyResource(String name, Path directory) throws IOException {
        Path target = directory.resolve(name);
        try (InputStream in = EchoProcesses.class.getResourceAsStream("floor/" + name)) {
            if (in == null) {
                throw new IOException("missing resource floor/" + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** The processes still alive (for a check that none is left). */
    long alive() {
        return processes.stream().filter(Process::isAlive).count();
    }

    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
        Directories.delete(scratch);
    }
}
