package dev.barista.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one JVM start does about its AOT cache. Unified logging of the AOT tags is off: it would go to the
 * function's log.
 */
sealed interface AotPlan {
    String QUIET = "-Xlog:aot*=off,cds*=off";

    List<String> options();

    default Optional<AotRecording> recording() {
        return Optional.empty();
    }

    /** No cache: another environment is recording or assembling it, it failed, or the JDK is too old. */
    record None() implements AotPlan {
        @Override
        public List<String> options() {
            return List.of();
        }
    }

    /** Start from the cache. A cache the JVM cannot map is ignored by the JVM, which then starts without it. */
    record Use(Path cache) implements AotPlan {
        @Override
        public List<String> options() {
            return List.of("-XX:AOTCache=" + cache, QUIET);
        }
    }

    /** Record the classes this environment loads; the JVM writes the configuration when the recording ends. */
    record Record(Path configuration, AotRecording aotRecording) implements AotPlan {
        @Override
        public List<String> options() {
            return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration, QUIET);
        }

        @Override
        public Optional<AotRecording> recording() {
            return Optional.of(aotRecording);
        }
    }
}
