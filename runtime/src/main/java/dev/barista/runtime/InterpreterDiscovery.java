package dev.barista.runtime;

import dev.barista.core.function.Runtime;
import dev.barista.core.function.RuntimeFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the interpreters of this host once, at launcher start. JDKs are recognised by their {@code release} file;
 * Node.js and Python are asked for their version and real executable (which also sees through version-manager
 * shims such as pyenv's), all probes in parallel.
 */
final class InterpreterDiscovery {
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)(?:\\.(\\d+))?",
            Pattern.MULTILINE);
    private static final String PYTHON_PROBE =
            "import sys; print(sys.executable); print('%d.%d' % sys.version_info[:2])";
    private static final String NODE_PROBE = "process.execPath + '\\n' + process.versions.node";
    private static final long PROBE_TIMEOUT_SECONDS = 20;

    private InterpreterDiscovery() {
    }

    static Interpreters discover(ProcessLauncherConfig config) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Map<Integer, Path>> nodes = executor.submit(() -> nodes(config));
            Future<Map<String, Path>> pythons = executor.submit(() -> pythons(config));
            return new Interpreters(jdks(config), nodes.get(), pythons.get());
        } catch (Exception failure) {
            throw new IllegalStateException("cannot discover interpreters", failure);
        }
    }

    static Map<Integer, Path> jdks(ProcessLauncherConfig config) {
        Set<Path> candidates = new LinkedHashSet<>();
        for (Path directory : config.javaSearchDirectories()) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> children = Files.list(directory)) {
                    children.sorted().forEach(candidates::add);
                } catch (IOException unreadable) {
                    // An unreadable search directory simply contributes nothing.
                }
            }
        }
        Optional.ofNullable(System.getenv("JAVA_HOME")).filter(home -> !home.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));

        Map<Integer, Path> homes = new HashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path candidate : candidates) {
            Optional<Path> real = realPath(candidate);
            if (real.isEmpty() || !seen.add(real.get()) || !Files.isExecutable(real.get().resolve("bin/java"))) {
                continue;
            }
            featureVersion(real.get()).ifPresent(feature -> homes.putIfAbsent(feature, real.get()));
        }
        homes.putAll(config.javaHomes());
        return homes;
    }

    static Map<Integer, Path> nodes(ProcessLauncherConfig config) {
        Optional<Path> node = Optional.ofNullable(config.nodeExecutable())
                .or(() -> onSearchPath(config.executableSearchPath(), "node"));
        Map<Integer, Path> nodes = new HashMap<>();
        node.flatMap(executable -> probe(executable, "-p", NODE_PROBE)).filter(lines -> lines.size() >= 2)
                .ifPresent(lines -> majorVersion(lines.get(1))
                        .ifPresent(major -> nodes.put(major, Path.of(lines.get(0)))));
        return nodes;
    }

    static Map<String, Path> pythons(ProcessLauncherConfig config) throws Exception {
        Set<Path> candidates = new LinkedHashSet<>();
        onSearchPath(config.executableSearchPath(), "python3").ifPresent(candidates::add);
        for (Runtime runtime : Runtime.values()) {
            if (runtime.family() == RuntimeFamily.PYTHON) {
                onSearchPath(config.executableSearchPath(), "python" + runtime.languageVersion())
                        .ifPresent(candidates::add);
            }
        }
        Map<String, Path> pythons = new HashMap<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<List<String>>>> probes = new ArrayList<>();
            for (Path candidate : candidates) {
                probes.add(executor.submit(() -> probe(candidate, "-c", PYTHON_PROBE)));
            }
            for (Future<Optional<List<String>>> probe : probes) {
                probe.get().filter(lines -> lines.size() >= 2 && !lines.get(0).isBlank())
                        .ifPresent(lines -> pythons.putIfAbsent(lines.get(1), Path.of(lines.get(0))));
            }
        }
        pythons.putAll(config.pythonExecutables());
        return pythons;
    }

    static Optional<Integer> featureVersion(Path javaHome) {
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(javaHome.resolve("release")));
            if (!matcher.find()) {
                return Optional.empty();
            }
            int first = Integer.parseInt(matcher.group(1));
            // "1.8.0_412" is Java 8.
            return Optional.of(first == 1 && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : first);
        } catch (IOException | UncheckedIOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** 20 for "20.20.2". */
    private static Optional<Integer> majorVersion(String version) {
        try {
            return Optional.of(Integer.parseInt(version.split("\\.")[0]));
        } catch (NumberFormatException notAVersion) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onSearchPath(List<Path> searchPath, String name) {
        return searchPath.stream().map(directory -> directory.resolve(name))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst();
    }

    /** Runs the executable and returns its output lines, or empty if it fails, hangs or cannot start. */
    private static Optional<List<String>> probe(Path executable, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            // The answer is a few bytes: it fits in the pipe, so waiting before reading cannot block the probe.
            if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(output.lines().map(String::strip).toList());
        } catch (IOException cannotRun) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException missing) {
            return Optional.empty();
        }
    }
}
