package dev.barista.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code barista server} as its own OS process, started as a user starts it (the {@code Main} command line on
 * this JVM's class path), so that a test can kill -9 it.
 */
public final class ExternalServer implements AutoCloseable {
    private static final String READY = "Barista listening on ";

    private final Process process;
    private final String endpointUrl;
    private final StringBuffer output;

    private ExternalServer(Process process, String endpointUrl, StringBuffer output) {
        this.process = process;
        this.endpointUrl = endpointUrl;
        this.output = output;
    }

    /** Starts the server on a free port and waits until it says it listens. */
    public static ExternalServer start(Path dataDirectory) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.barista.server.Main", "server", "--port", "0", "--data-dir", dataDirectory.toString())
                .redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuffer output = new StringBuffer();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("barista-server-output-" + process.pid()).start(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.append(line).append('\n');
                    int ready = line.indexOf(READY);
                    if (ready >= 0) {
                        String rest = line.substring(ready + READY.length());
                        listening.complete(rest.split("\\s+")[0]);
                    }
                }
            } catch (IOException ignored) {
                // the process died; the future below reports it
            }
            listening.completeExceptionally(new IllegalStateException("server exited before listening:\n" + output));
        });
        try {
            return new ExternalServer(process, listening.get(90, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not start:\n" + output, e);
        }
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String output() {
        return output.toString();
    }

    /** kill -9: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as Ctrl-C or a service manager would stop it; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not stop within 60 s of SIGTERM:\n" + output);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
