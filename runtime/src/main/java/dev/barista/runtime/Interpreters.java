package dev.barista.runtime;

import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The language interpreters found on this host, and which Lambda runtime each one serves.
 *
 * @param javaHomes JDK homes by feature version
 * @param nodeExecutables {@code node} binaries by major version
 * @param pythonExecutables Python binaries by language version ("3.11")
 */
record Interpreters(Map<Integer, Path> javaHomes, Map<Integer, Path> nodeExecutables,
        Map<String, Path> pythonExecutables) {

    /** A JDK chosen for a Java runtime. */
    record Jdk(Path home, int featureVersion) {
        Path java() {
            return home.resolve("bin/java");
        }
    }

    Interpreters {
        javaHomes = Map.copyOf(javaHomes);
        nodeExecutables = Map.copyOf(nodeExecutables);
        pythonExecutables = Map.copyOf(pythonExecutables);
    }

    /** Runtimes whose interpreter exists here; OS-only runtimes always. */
    Set<Runtime> installedRuntimes() {
        Set<Runtime> installed = EnumSet.noneOf(Runtime.class);
        for (Runtime runtime : Runtime.values()) {
            boolean present = switch (runtime.family()) {
                case JAVA -> jdk(runtime).isPresent();
                case NODEJS -> node(runtime).isPresent();
                case PYTHON -> python(runtime).isPresent();
                case PROVIDED -> true;
            };
            if (present) {
                installed.add(runtime);
            }
        }
        return installed;
    }

    /** The JDK of the closest feature version at or above the runtime's: the same major as on AWS if present. */
    Optional<Jdk> jdk(Runtime runtime) {
        int wanted = Integer.parseInt(runtime.languageVersion());
        var atOrAbove = new TreeMap<>(javaHomes).ceilingEntry(wanted);
        return Optional.ofNullable(atOrAbove).map(entry -> new Jdk(entry.getValue(), entry.getKey()));
    }

    /** A {@code node} of exactly the runtime's major version. */
    Optional<Path> node(Runtime runtime) {
        return Optional.ofNullable(nodeExecutables.get(Integer.parseInt(runtime.languageVersion())));
    }

    /** A Python of exactly the runtime's minor version. */
    Optional<Path> python(Runtime runtime) {
        return Optional.ofNullable(pythonExecutables.get(runtime.languageVersion()));
    }
}
