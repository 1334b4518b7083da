package dev.barista.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JDK 25 AOT caches of Java functions, one per {@link AotCacheKey}, in two steps. One environment of a revision
 * records its class loading ({@code -XX:AOTMode=record}); once it has answered its first invocation,
 * {@code jcmd <pid> AOT.end_recording} makes it write the configuration while it keeps serving (should that
 * fail, the JVM writes it when its environment is destroyed). A background JVM then assembles the cache
 * ({@code -XX:AOTMode=create}) and later environments start from it ({@code -XX:AOTCache}). Until then, and after
 * a failure, environments start from the runtime interface client's own cache ({@link RuntimeClientCaches}) if
 * it exists, else without a cache: a cache never fails an invocation. Which environment records is decided by
 * {@link #plan}. A configuration left by a previous run is assembled at the next launch. A new cache replaces
 * those of earlier revisions of the same version, at most {@value #MAXIMUM_CACHES} are kept, and
 * {@link #retainOnly} removes those of versions and revisions that no longer exist.
 *
 * <p>Thread-safe. Background work (ending recordings, assemblies) runs one task at a time on one daemon thread;
 * {@link #close} kills what runs.
 */
final class JavaAotCaches implements AutoCloseable {
    static final int MINIMUM_FEATURE_VERSION = 25;
    private static final int MAXIMUM_ATTEMPTS = 2;
    private static final Duration BACKGROUND_TIMEOUT = Duration.ofMinutes(5);
    /** A cache weighs about 25 MB; the least recently used ones beyond this number are removed. */
    private static final int MAXIMUM_CACHES = 64;

    private enum Progress { RECORDING, ASSEMBLING, FAILED }

    private final Path directory;
    private final Duration recordingGrace;
    private final Map<AotCacheKey, Progress> progress = new HashMap<>();
    private final Map<AotCacheKey, Integer> attempts = new HashMap<>();
    /** Keys dropped by {@link #retainOnly} while their assembly ran: its cache is deleted when it ends. */
    private final Set<AotCacheKey> dropped = new HashSet<>();
    /** Revisions whose first environment started from the client's cache: their next one records. */
    private final Set<AotCacheKey> startedFromClientCache = new HashSet<>();
    private final Set<CompletableFuture<Void>> endings = ConcurrentHashMap.newKeySet();
    private final BackgroundJvmWork background = new BackgroundJvmWork("barista-aot-caches");

    JavaAotCaches(Path directory, Duration recordingGrace) {
        try {
            this.directory = Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        this.recordingGrace = recordingGrace;
    }

    /**
     * Decides for one JVM start; at most one environment per key records at a time. Once the runtime interface
     * client has a cache of its own, a revision's first environment starts from it rather than record: a function
     * whose code is all at the root of its package gains nothing more from a cache of its own (the JVM caches
     * classes from jars only), and one that brings jars records its own cache in its second environment.
     *
     * @param clientCache the runtime interface client's own cache ({@link RuntimeClientCaches}), if made
     * @param codeHasJars whether the function brings jars ({@code lib/*.jar})
     */
    synchronized AotPlan plan(AotCacheKey key, Interpreters.Jdk jdk, List<String> options, Optional<Path> clientCache,
            boolean codeHasJars) {
        Path cache = cacheFile(key);
        if (Files.isRegularFile(cache)) {
            touch(cache);
            return new AotPlan.Use(cache);
        }
        AotPlan withoutOwnCache = clientCache.<AotPlan>map(AotPlan.Use::new).orElseGet(AotPlan.None::new);
        if (progress.containsKey(key)) {
            return withoutOwnCache;
        }
        if (isUsable(configurationFile(key))) {
            startAssembly(key, jdk, options);
            return withoutOwnCache;
        }
        if (clientCache.isPresent() && (!codeHasJars || startedFromClientCache.add(key))) {
            return withoutOwnCache;
        }
        progress.put(key, Progress.RECORDING);
        attempts.merge(key, 1, Integer::sum);
        return new AotPlan.Record(configurationFile(key), new Recording(key, jdk, options));
    }

    /** One environment's recording. Either jcmd ends it early, or the end of its process does. */
    private final class Recording implements AotRecording {
        private final AotCacheKey key;
        private final Interpreters.Jdk jdk;
        private final List<String> options;
        private final AtomicBoolean ending = new AtomicBoolean();
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        Recording(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
            this.key = key;
            this.jdk = jdk;
            this.options = options;
        }

        @Override
        public String announcement() {
            return " AOTConfiguration recorded: " + configurationFile(key);
        }

        @Override
        public void invocationAnswered(ProcessHandle process) {
            Path jcmd = jdk.home().resolve("bin/jcmd");
            if (Files.isExecutable(jcmd) && ending.compareAndSet(false, true)) {
                endings.add(ended);
                Thread.ofVirtual().name("barista-aot-end-recording").start(() -> {
                    try {
                        endRecording(jcmd, process, this);
                    } finally {
                        ended.complete(null);
                        endings.remove(ended);
                    }
                });
            }
        }

        @Override
        public void beforeDestroy(Process process) {
            try {
                if (ending.get()) {
                    ended.get(recordingGrace.toNanos(), TimeUnit.NANOSECONDS);
                } else {
                    process.destroy();
                    process.waitFor(recordingGrace.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (ExecutionException | TimeoutException tooLong) {
                // The process is killed anyway; the recording is retried by a later environment.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void processEnded() {
            if (!ending.get()) {
                recordingEnded(key, jdk, options);
            }
        }
    }

    /** Asks the JVM to write its configuration now, then has the cache assembled. */
    private void endRecording(Path jcmd, ProcessHandle process, Recording recording) {
        run(List.of(jcmd.toString(), Long.toString(process.pid()), "AOT.end_recording"));
        recordingEnded(recording.key, recording.jdk, recording.options);
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
        submit(() -> runAssembly(key, jdk, options));
    }

    private void submit(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException closed) {
            // The launcher is closing: a configuration stays for the next start to assemble.
        }
    }

    private void runAssembly(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        boolean assembled = assemble(key, jdk, options);
        synchronized (this) {
            if (dropped.remove(key)) {
                progress.remove(key);
                attempts.remove(key);
                deleteQuietly(cacheFile(key));
            } else if (assembled) {
                progress.remove(key);
                attempts.remove(key);
                startedFromClientCache.remove(key);
            } else {
                progress.put(key, Progress.FAILED);
            }
        }
    }

    /** Runs the assembly; a configuration survives only an interrupted one, to be assembled at the next start. */
    private boolean assemble(AotCacheKey key, Interpreters.Jdk jdk, List<String> options) {
        Path configuration = configurationFile(key);
        Path partial = directory.resolve(key.stem() + ".aot.part");
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + partial));
        command.addAll(options);
        try {
            boolean assembled = run(command) && isUsable(partial);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            if (assembled) {
                Files.move(partial, cacheFile(key), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeEarlierRevisions(key);
                removeLeastRecentlyUsed();
            }
            deleteQuietly(configuration);
            return assembled;
        } catch (IOException failure) {
            deleteQuietly(configuration);
            return false;
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Runs a JDK tool to its end; false if it fails, hangs, or the caches are closed meanwhile. */
    private boolean run(List<String> command) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            background.running().add(process);
            return process.waitFor(BACKGROUND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        } catch (IOException cannotRun) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (process != null) {
                process.destroyForcibly();
                background.running().remove(process);
            }
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

    private void removeLeastRecentlyUsed() throws IOException {
        List<Path> caches = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.aot")) {
            files.forEach(caches::add);
        }
        if (caches.size() <= MAXIMUM_CACHES) {
            return;
        }
        caches.sort(Comparator.comparing(JavaAotCaches::lastModified));
        caches.subList(0, caches.size() - MAXIMUM_CACHES).forEach(JavaAotCaches::deleteQuietly);
    }

    /**
     * Deletes the cache, configuration and partial cache of every key not in {@code kept}: functions, versions and
     * revisions that no longer exist and no environment runs. An assembly still running for such a key has its
     * cache deleted when it ends.
     */
    synchronized void retainOnly(Set<AotCacheKey> kept) {
        Set<String> keptStems = new HashSet<>();
        kept.forEach(key -> keptStems.add(key.stem()));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                stem(file.getFileName().toString()).filter(stem -> !keptStems.contains(stem))
                        .ifPresent(stem -> deleteQuietly(file));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot list the AOT caches in " + directory, failure);
        }
        for (AotCacheKey key : List.copyOf(progress.keySet())) {
            if (!kept.contains(key)) {
                if (progress.get(key) == Progress.ASSEMBLING) {
                    dropped.add(key);
                } else {
                    progress.remove(key);
                }
            }
        }
        attempts.keySet().removeIf(key -> !kept.contains(key) && !progress.containsKey(key));
        startedFromClientCache.removeIf(key -> !kept.contains(key));
    }

    /** The stem of a cache's, configuration's or partial cache's file name; empty for any other file. */
    private static Optional<String> stem(String fileName) {
        for (String extension : List.of(".aot.part", ".aotconf", ".aot")) {
            if (fileName.endsWith(extension)) {
                return Optional.of(fileName.substring(0, fileName.length() - extension.length()));
            }
        }
        return Optional.empty();
    }

    /** Waits until the background work started so far has finished (for tests and orderly shutdowns). */
    boolean awaitBackgroundWork(Duration timeout) {
        try {
            CompletableFuture.allOf(endings.toArray(CompletableFuture[]::new))
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException notFinished) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return background.awaitIdle(timeout);
    }

    Path cacheFile(AotCacheKey key) {
        return directory.resolve(key.stem() + ".aot");
    }

    private Path configurationFile(AotCacheKey key) {
        return directory.resolve(key.stem() + ".aotconf");
    }

    /** Marks a cache as used, for {@link #removeLeastRecentlyUsed}. */
    private static void touch(Path cache) {
        try {
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // The order of removal is only a preference.
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
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
        background.close();
    }
}
