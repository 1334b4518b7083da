package dev.barista.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a few shell steps inside a new process before it becomes the runtime: {@code sh -c "steps && exec $@"}.
 * The {@code exec} keeps the pid, so the process the launcher watches is the runtime itself.
 */
final class StartupScript {

    private StartupScript() {
    }

    /**
     * @param prefix what runs the shell, such as {@code unshare --mount --}; empty for nothing
     * @param steps shell commands run in order; the runtime does not start if one fails
     */
    static List<String> wrap(List<String> prefix, List<String> steps, List<String> command) {
        if (prefix.isEmpty() && steps.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(prefix);
        List<String> all = new ArrayList<>(steps);
        all.add("exec \"$@\"");
        wrapped.addAll(List.of("/bin/sh", "-c", String.join(" && ", all), "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** One shell word, whatever the value holds. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
