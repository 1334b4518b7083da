package dev.barista.runtime;

import dev.barista.runtime.CommandLine.GracefulExit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25 AOT caches of Java functions, one per {@link AotCacheKey}, in two steps: the first environment of a
 * revision records its class loading ({@code -XX:AOTMode=record}) and writes the configuration when it is
 * destroyed; a background JVM assembles the cache ({@code -XX:AOTMode=create}); later environments start from it
 * ({@code -XX:AOTCache}). Until then, and after a failure, environments simply start without a cache: a cache
 * never fails an invocation. A configuration left by a previous run is assembled at the next launch.
 *
 * <p>Thread-safe. Assemblies run one at a time on one daemon thread; {@link #close} kills a running one.
 */
final class JavaAotCaches implements AutoCloseable {
    static final int MINIMUM_FEATURE_VERSION = 25;
    private static final int MAXIMUM_ATTEMPTS = 2;
    private static final Duration ASSEMBLY_TIMEOUT = Duration.ofMinutes(5);

    private enum Progress { RECORDING, ASSEMBLING, FAILED }

    private final Path directory;
    private final Duration recordingGrace;
    private final Map<AotCacheKey, Progress> progress = new HashMap<>();
    private final Map<AotCacheKey, Integer> attempts = new HashMap<>();
    private final Set<Process> assemblies = ConcurrentHashMap.newKeySet();
    private final ExecutorService assembler = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("barista-aot-assembler").daemon().factory());

    JavaAotCaches(Path directory, Duration recordingGrace) {
        try {
            this.directory = Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        this.recordingGrace = recordingGrace;
    }

    /** Decides for one JVM start; at most one environment per key records at a time. */
    synchronized AotPlan plan(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        Path cache = cacheFile(key);
        if (Files.isRegularFile(cache)) {
            return new AotPlan.Use(cache);
        }
        if (progress.containsKey(key)) {
            return new AotPlan.None();
        }
        if (isUsable(configurationFile(key))) {
            startAssembly(key, jdk, options);
            return new AotPlan.None();
        }
        progress.put(key, Progress.RECORDING);
        attempts.merge(key, 1, Integer::sum);
        return new AotPlan.Record(configurationFile(key),
                new GracefulExit(recordingGrace, () -> recordingEnded(key, jdk, options)));
    }

    private synchronized void recordingEnded(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        if (isUsable(configurationFile(key))) {
            startAssembly(key, jdk, options);
        } else if (attempts.getOrDefault(key, 0) >= MAXIMUM_ATTEMPTS) {
            progress.put(key, Progress.FAILED);
        } else {
            progress.remove(key);
        }
    }

    private void startAssembly(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        progress.put(key, Progress.ASSEMBLING);
        assembler.execute(() -> {
            boolean assembled = assemble(key, jdk, options);
            synchronized (this) {
                if (assembled) {
                    progress.remove(key);
                } else {
                    progress.put(key, Progress.FAILED);
                }
            }
        });
    }

    /** Runs the assembly; a configuration survives only an interrupted one, to be assembled at the next start. */
    private boolean assemble(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        Path configuration = configurationFile(key);
        Path partial = directory.resolve(key.stem() + ".aot.part");
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + partial));
        command.addAll(options);
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assemblies.add(process);
            boolean finished = process.waitFor(ASSEMBLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            boolean assembled = finished && process.exitValue() == 0 && isUsable(partial);
            if (assembled) {
                Files.move(partial, cacheFile(key), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeEarlierRevisions(key);
            }
            deleteQuietly(configuration);
            return assembled;
        } catch (IOException failure) {
            deleteQuietly(configuration);
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (process != null) {
                process.destroyForcibly();
                assemblies.remove(process);
            }
            deleteQuietly(partial);
        }
    }

    private void removeEarlierRevisions(AotCacheKey key) throws IOException {
        String glob = key.prefix() + AotCacheKey.ANY_DIGEST + ".aot";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory, glob)) {
            for (Path sibling : siblings) {
                if (!sibling.equals(cacheFile(key))) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    /** Waits until the assemblies started so far have finished (for tests and orderly shutdowns). */
    boolean awaitAssemblies(Duration timeout) {
        try {
            CompletableFuture.runAsync(() -> { }, assembler).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException notFinished) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Path cacheFile(AotCacheKey key) {
        return directory.resolve(key.stem() + ".aot");
    }

    private Path configurationFile(AotCacheKey key) {
        return directory.resolve(key.stem() + ".aotconf");
    }

    private static boolean isUsable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException gone) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover file is retried or overwritten by the next attempt.
        }
    }

    @Override
    public void close() {
        assembler.shutdownNow();
        assemblies.forEach(Process::destroyForcibly);
    }
}
