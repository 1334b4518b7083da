package dev.barista.runtime;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Gives a function process a mount namespace of its own ({@code unshare --mount}): {@code /tmp} becomes the
 * environment's private directory and the code directory a read-only bind mount. Host paths the process needs
 * that lie under {@code /tmp} (the work directory, a code directory extracted there) are bound back into the new
 * {@code /tmp}, reached through the shell's working directory, which still holds the host's {@code /tmp} after it
 * is covered. The namespace, and every mount in it, goes away with the process.
 */
final class MountIsolation {
    private static final Path TMP = Path.of("/tmp");

    private final Path unshare;
    private final Path mount;

    MountIsolation(Path unshare, Path mount) {
        this.unshare = unshare;
        this.mount = mount;
    }

    /** The isolation in effect for the configured mode; empty for none. */
    static Optional<MountIsolation> of(FilesystemIsolation mode, List<Path> searchPath) {
        return switch (mode) {
            case NONE -> Optional.empty();
            case AUTO -> available(searchPath);
            case MOUNT_NAMESPACE -> Optional.of(available(searchPath).orElseThrow(() -> new IllegalStateException(
                    "filesystem isolation MOUNT_NAMESPACE needs root and util-linux's unshare and mount; "
                            + "use AUTO or NONE")));
        };
    }

    private static Optional<MountIsolation> available(List<Path> searchPath) {
        Optional<Path> unshare = find(searchPath, "unshare");
        Optional<Path> mount = find(searchPath, "mount");
        if (unshare.isEmpty() || mount.isEmpty()) {
            return Optional.empty();
        }
        MountIsolation isolation = new MountIsolation(unshare.get(), mount.get());
        return isolation.works() ? Optional.of(isolation) : Optional.empty();
    }

    /** Runs the real thing once: a namespace with a read-only bind mount, which must refuse a write. */
    private boolean works() {
        try {
            Path probe = Files.createTempDirectory("barista-mount-probe");
            try {
                List<String> steps = List.of(readOnlyBind(probe.toString(), probe),
                        "! touch " + StartupScript.quote(probe.resolve("written").toString()) + " 2>/dev/null");
                Process process = new ProcessBuilder(StartupScript.wrap(prefix(), steps, List.of("/bin/true")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
            } finally {
                Directories.deleteRecursively(probe);
            }
        } catch (Exception unavailable) {
            return false;
        }
    }

    /** Runs the shell in a new mount namespace whose mounts never propagate back to the host. */
    List<String> prefix() {
        return List.of(unshare.toString(), "--mount", "--propagation", "private", "--");
    }

    /**
     * Every step, in one script: {@link #prepare} then {@link #code}.
     *
     * @param privateTemporary the environment's directory that becomes {@code /tmp}
     * @param hostPaths paths the process must still reach (work directory, interpreters, libraries)
     */
    List<String> steps(Path code, Path privateTemporary, Collection<Path> hostPaths) {
        List<String> steps = new ArrayList<>(prepare(privateTemporary, hostPaths));
        steps.addAll(code(code, hostPaths));
        return steps;
    }

    /**
     * The steps that do not depend on the function: {@code /tmp} covered by the environment's own directory, host
     * paths under it bound back. The shell is left in the host's {@code /tmp}, from where {@link #code} reaches a
     * code directory there.
     */
    List<String> prepare(Path privateTemporary, Collection<Path> hostPaths) {
        List<String> steps = new ArrayList<>();
        steps.add("cd /tmp");
        steps.add(bind(privateTemporary.toString(), TMP));
        for (Path path : outermost(underTmp(hostPaths))) {
            steps.addAll(bindBack(path, false));
        }
        return steps;
    }

    /**
     * The function's code directory, read-only, as the shell's working directory; runs after {@link #prepare}. A
     * code directory under the host's {@code /tmp} that no host path brings back is mounted from there.
     */
    List<String> code(Path code, Collection<Path> hostPaths) {
        List<String> steps = new ArrayList<>(readOnly(code, hostPaths));
        steps.add("cd " + StartupScript.quote(code.toString()));
        return steps;
    }

    /** A directory mounted read-only onto itself; runs after {@link #prepare}. */
    List<String> readOnly(Path directory, Collection<Path> hostPaths) {
        Path absolute = directory.toAbsolutePath().normalize();
        boolean reachable = !absolute.startsWith(TMP)
                || outermost(underTmp(hostPaths)).stream().anyMatch(absolute::startsWith);
        return reachable ? List.of(readOnlyBind(directory.toString(), directory)) : bindBack(absolute, true);
    }

    private static TreeSet<Path> underTmp(Collection<Path> paths) {
        TreeSet<Path> underTmp = new TreeSet<>();
        for (Path path : paths) {
            addUnderTmp(underTmp, path);
        }
        return underTmp;
    }

    /** A path under the host's /tmp made visible again in the new /tmp, from the shell's working directory. */
    private List<String> bindBack(Path path, boolean readOnly) {
        Path relative = TMP.relativize(path);
        String source = "./" + relative;
        return List.of("mkdir -p " + StartupScript.quote(path.toString()),
                readOnly ? readOnlyBind(source, path) : bind(source, path));
    }

    private static void addUnderTmp(TreeSet<Path> underTmp, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(TMP) && !absolute.equals(TMP)) {
            underTmp.add(Files.isRegularFile(absolute) ? absolute.getParent() : absolute);
        }
    }

    /** Drops paths inside another one of the set: binding the outer one shows them. */
    private static List<Path> outermost(TreeSet<Path> paths) {
        List<Path> outermost = new ArrayList<>();
        for (Path path : paths) {
            if (outermost.stream().noneMatch(path::startsWith)) {
                outermost.add(path);
            }
        }
        return outermost;
    }

    /** A bind mount; the source as given, because mount(8) would otherwise resolve it in the new view. */
    private String bind(String source, Path target) {
        return mount + " --no-canonicalize --bind " + StartupScript.quote(source) + " "
                + StartupScript.quote(target.toString());
    }

    /** A read-only bind mount in one mount(8): util-linux binds, then remounts the new mount read-only. */
    private String readOnlyBind(String source, Path target) {
        return mount + " --no-canonicalize --bind -o ro " + StartupScript.quote(source) + " "
                + StartupScript.quote(target.toString());
    }

    private static Optional<Path> find(List<Path> searchPath, String name) {
        return searchPath.stream().map(directory -> directory.resolve(name))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst()
                .or(() -> Optional.of(new File("/usr/bin/" + name).toPath()).filter(Files::isExecutable));
    }
}
