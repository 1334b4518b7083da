package dev.barista.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a few shell steps inside a new process before it becomes the runtime: {@code sh -c "steps && exec $@"}.
 * The {@code exec} keeps the pid, so the process the launcher watches is the runtime itself.
 */
final class StartupScript {
    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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

    /**
     * A shell that runs {@code steps}, prints {@code ready} and then sources its standard input, where
     * {@link #handOver} writes the rest of its script ({@link StandbyProcess}). At the end of its input without a
     * script, it exits.
     */
    static List<String> standby(List<String> prefix, List<String> steps, String ready) {
        List<String> all = new ArrayList<>(steps);
        all.add("echo " + ready);
        all.add(". /dev/stdin");
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("/bin/sh", "-c", String.join(" && ", all)));
        return command;
    }

    /**
     * The rest of a standby shell's script: {@code steps}, then the environment (every variable exported; the
     * shell started with none), then the command, which replaces the shell and reads nothing from its input.
     *
     * @throws IllegalArgumentException if a variable's name is not a {@linkplain #isShellName shell name}
     */
    static String handOver(List<String> steps, Map<String, String> variables, List<String> command) {
        List<String> all = new ArrayList<>(steps);
        variables.forEach((name, value) -> {
            if (!isShellName(name)) {
                throw new IllegalArgumentException("not a shell variable name: " + name);
            }
            all.add("export " + name + "=" + quote(value));
        });
        all.add("exec " + String.join(" ", command.stream().map(StartupScript::quote).toList()) + " </dev/null");
        return String.join(" && ", all) + "\n";
    }

    /** Whether a shell can export a variable of this name (Lambda's own rule for names is stricter). */
    static boolean isShellName(String name) {
        return SHELL_NAME.matcher(name).matches();
    }

    /** One shell word, whatever the value holds. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
