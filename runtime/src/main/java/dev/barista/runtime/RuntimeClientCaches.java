package dev.barista.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * JDK 25 AOT caches of AWS's runtime interface client itself, one per JDK and client build, shared by every Java
 * function. A function's JVM has only the client's jars on its classpath (the client loads the function's code
 * with a class loader of its own), so a cache made by a training run of the client ({@link RuntimeClientTraining})
 * serves the first environment of any function: it spares a new function's first invoke most of the JVM's class
 * loading. The cache is made in the background the first time a JDK is asked for it, and kept in the work
 * directory across restarts; its name digests the JDK, the JVM options and the client's jars, so that another
 * build of any of them makes a new one. The JVM options that depend on a function's memory do not matter to the
 * JVM's use of the cache, which is made with those of a 128 MB function.
 *
 * <p>Thread-safe. Training runs one at a time on one daemon thread; {@link #close} kills what runs.
 */
final class RuntimeClientCaches implements AutoCloseable {
    private static final int MAXIMUM_ATTEMPTS = 2;
    private static final int TRAINING_MEMORY_MEGABYTES = 128;

    private enum Progress { TRAINING, FAILED }

    private final Path directory;
    private final RuntimeFiles files;
    private final Map<Path, Progress> progress = new HashMap<>();
    private final Map<Path, Integer> attempts = new HashMap<>();
    private final Map<Path, Path> cacheFiles = new ConcurrentHashMap<>();
    private final BackgroundJvmWork background = new BackgroundJvmWork("barista-client-aot-cache");

    RuntimeClientCaches(Path directory, RuntimeFiles files) {
        try {
            this.directory = Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        this.files = files;
    }

    /**
     * The client's cache for this JDK, or empty while it is being made (the first call starts making it) or once
     * making it failed twice.
     */
    synchronized Optional<Path> cache(Interpreters.Jdk jdk) {
        Path cache = cacheFile(jdk);
        if (Files.isRegularFile(cache)) {
            return Optional.of(cache);
        }
        if (!progress.containsKey(cache)) {
            progress.put(cache, Progress.TRAINING);
            attempts.merge(cache, 1, Integer::sum);
            try {
                background.execute(() -> train(jdk, cache));
            } catch (RejectedExecutionException closed) {
                progress.remove(cache);
            }
        }
        return Optional.empty();
    }

    private void train(Interpreters.Jdk jdk, Path cache) {
        Path scratch = directory.resolve("training");
        boolean trained;
        try {
            Directories.deleteRecursively(scratch);
            trained = RuntimeClientTraining.run(jdk, options(jdk), files.runtimeDirectory(), scratch, cache,
                    background.running());
            if (trained) {
                removeOtherBuilds(jdk, cache);
            }
        } catch (IOException failure) {
            trained = false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            trained = false;
        } finally {
            Directories.deleteRecursively(scratch);
        }
        synchronized (this) {
            if (trained) {
                progress.remove(cache);
            } else if (attempts.getOrDefault(cache, 0) >= MAXIMUM_ATTEMPTS) {
                progress.put(cache, Progress.FAILED);
            } else {
                progress.remove(cache);
            }
        }
    }

    /** The options of a function of {@value #TRAINING_MEMORY_MEGABYTES} MB on this JDK. */
    private List<String> options(Interpreters.Jdk jdk) {
        return JavaOptions.of(TRAINING_MEMORY_MEGABYTES, jdk.featureVersion(), files.javaNativeLibrary(),
                files.javaClasspath());
    }

    /**
     * {@code <JDK home as a name>-<digest of the JDK's build, the options and the client's jars>.aot}, worked out
     * once per JDK home.
     */
    Path cacheFile(Interpreters.Jdk jdk) {
        return cacheFiles.computeIfAbsent(jdk.home(), home -> directory.resolve(prefix(jdk) + identity(jdk) + ".aot"));
    }

    private String identity(Interpreters.Jdk jdk) {
        List<String> identity = new ArrayList<>(List.of(jdk.home().toString(),
                stamp(jdk.java()), stamp(jdk.home().resolve("lib/modules"))));
        identity.addAll(options(jdk));
        files.javaClasspath().forEach(jar -> identity.add(stamp(jar)));
        return digest(String.join("\n", identity));
    }

    private static String prefix(Interpreters.Jdk jdk) {
        return jdk.home().toString().replaceAll("[^A-Za-z0-9_.-]", "_") + "-";
    }

    /** Caches of earlier builds of the client or of the JDK at the same place are of no more use. */
    private void removeOtherBuilds(Interpreters.Jdk jdk, Path kept) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory,
                prefix(jdk) + AotCacheKey.ANY_DIGEST + ".aot")) {
            for (Path sibling : siblings) {
                if (!sibling.equals(kept)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    private static String stamp(Path file) {
        try {
            return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException unreadable) {
            return file + " unreadable";
        }
    }

    private static String digest(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, AotCacheKey.ANY_DIGEST.length() / 2);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Waits until the training started so far has finished (for tests and orderly shutdowns). */
    boolean awaitBackgroundWork(java.time.Duration timeout) {
        return background.awaitIdle(timeout);
    }

    @Override
    public void close() {
        background.close();
    }
}
