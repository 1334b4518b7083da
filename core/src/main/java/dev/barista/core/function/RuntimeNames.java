package dev.barista.core.function;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Runtime identifiers joined for error messages, in declaration order. */
final class RuntimeNames {
    private RuntimeNames() {
    }

    static String all() {
        return of(Arrays.asList(Runtime.values()));
    }

    static String of(Collection<Runtime> runtimes) {
        return runtimes.stream().sorted().map(Runtime::identifier).collect(Collectors.joining(", ", "[", "]"));
    }
}
