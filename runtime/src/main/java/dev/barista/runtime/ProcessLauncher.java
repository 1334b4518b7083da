package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentLauncher;
import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.FunctionCaches;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Runtime;
import dev.barista.core.function.RuntimeFamily;
import dev.barista.runtime.api.RuntimeApiServer;
import dev.barista.runtime.api.RuntimeChannel;
import dev.barista.runtime.api.RuntimeErrors;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Starts every execution environment as one OS process on this host, with its own loopback Runtime API, a private
 * temporary directory, a clean environment and a memory limit ({@link MemoryEnforcement}). Java functions run on
 * AWS's runtime interface client; Python and Node.js functions on Barista's bootstraps; {@code provided} runtimes
 * on the package's {@code bootstrap}. A cold start takes one of the {@link StandbyProcesses} kept ready ahead of
 * demand when it can, and starts its own process otherwise.
 *
 * <p>Thread-safe: launches run in parallel and share nothing but the interpreters found at start. The launcher owns
 * every environment it starts: {@link #close}, or a JVM shutdown hook, destroys those still alive, so that no
 * function process outlives the server.
 */
public final class ProcessLauncher implements EnvironmentLauncher, FunctionCaches, AutoCloseable {
    private final ProcessLauncherConfig config;
    private final Clock clock;
    private final Interpreters interpreters;
    private final RuntimeFiles files;
    private final MemoryLimits memoryLimits;
    private final Optional<MountIsolation> isolation;
    private final List<Path> hostPaths;
    private final Optional<JavaAotCaches> aotCaches;
    private final Optional<RuntimeClientCaches> clientCaches;
    private final Optional<StandbyProcesses> standbys;
    private final SecureRandom standbyNames = new SecureRandom();
    private final Map<RuntimeFamily, RuntimeCommand> commands;
    /** Names the AOT caches of Java functions, for {@link #retainOnly}. */
    private final JavaCommand javaCommand;
    private final Path environmentsDirectory;
    private final byte[] telemetrySignature;
    private final Set<LocalEnvironmentProcess> live = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    /** Discovers interpreters and installs the bootstraps; takes about as long as starting one interpreter. */
    public ProcessLauncher(ProcessLauncherConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock measures invocation deadlines */
    public ProcessLauncher(ProcessLauncherConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.environmentsDirectory = config.workDirectory().resolve("environments");
        Directories.deleteRecursively(environmentsDirectory);
        createDirectories(environmentsDirectory);
        this.interpreters = InterpreterDiscovery.discover(config);
        this.files = RuntimeFiles.install(config.workDirectory());
        this.memoryLimits = new MemoryLimits(config.memoryEnforcement(), config.memoryWatchdogInterval());
        this.isolation = MountIsolation.of(config.filesystemIsolation(), config.executableSearchPath());
        this.hostPaths = hostPaths(config.workDirectory(), interpreters, files);
        this.aotCaches = config.javaAotCache()
                ? Optional.of(new JavaAotCaches(config.workDirectory().resolve("java-aot"),
                        config.aotRecordingGrace()))
                : Optional.empty();
        this.clientCaches = config.javaAotCache()
                ? Optional.of(new RuntimeClientCaches(config.workDirectory().resolve("java-aot/client"), files))
                : Optional.empty();
        this.commands = commands(interpreters, files, aotCaches, clientCaches);
        this.javaCommand = (JavaCommand) commands.get(RuntimeFamily.JAVA);
        this.telemetrySignature = telemetrySignature();
        this.standbys = config.standbyProcesses() > 0
                ? Optional.of(new StandbyProcesses(config.standbyProcesses(), this::prepareStandby))
                : Optional.empty();
        this.shutdownHook = Thread.ofPlatform().name("barista-launcher-shutdown").unstarted(this::destroyAll);
        java.lang.Runtime.getRuntime().addShutdownHook(shutdownHook);
        standbys.ifPresent(StandbyProcesses::start);
    }

    @Override
    public Set<Runtime> installedRuntimes() {
        return interpreters.installedRuntimes();
    }

    /** The memory enforcement in effect ({@link MemoryEnforcement#AUTO} resolved). */
    public MemoryEnforcement memoryEnforcement() {
        return memoryLimits.mode();
    }

    /** The file system isolation in effect ({@link FilesystemIsolation#AUTO} resolved). */
    public FilesystemIsolation filesystemIsolation() {
        return isolation.isPresent() ? FilesystemIsolation.MOUNT_NAMESPACE : FilesystemIsolation.NONE;
    }

    /** The AOT caches of Java functions, if enabled. */
    Optional<JavaAotCaches> javaAotCaches() {
        return aotCaches;
    }

    /** The standby processes, if any are kept. */
    Optional<StandbyProcesses> standbyProcesses() {
        return standbys;
    }

    /** The AOT caches of the runtime interface client, if enabled. */
    Optional<RuntimeClientCaches> runtimeClientCaches() {
        return clientCaches;
    }

    /** @throws IllegalStateException once the launcher is closed */
    @Override
    public EnvironmentProcess launch(EnvironmentSpec spec) {
        if (closed.get()) {
            throw new IllegalStateException("the process launcher is closed");
        }
        // A standby process exports the variables from a shell script: their names must be shell names.
        Optional<StandbyProcess> standby = spec.variables().keySet().stream().allMatch(StartupScript::isShellName)
                ? standbys.flatMap(StandbyProcesses::take) : Optional.empty();
        Path environmentDirectory = standby.map(StandbyProcess::directory).orElseGet(() -> environmentsDirectory
                .resolve(spec.environmentId().replaceAll("[^A-Za-z0-9_.-]", "_")));
        Path temporaryDirectory = standby.map(StandbyProcess::temporaryDirectory)
                .orElseGet(() -> createDirectories(environmentDirectory.resolve("tmp")));
        RuntimeCommand command = commands.get(spec.function().runtime().family());
        return switch (command.entrypoint(spec, temporaryDirectory)) {
            case Entrypoint.Invalid invalid -> {
                standby.ifPresentOrElse(StandbyProcess::discard,
                        () -> Directories.deleteRecursively(environmentDirectory));
                yield new UnstartableEnvironment(spec.environmentId(), invalid.failure());
            }
            case Entrypoint.Startable startable -> standby.isPresent()
                    ? start(spec, startable.commandLine(), standby.get())
                    : start(spec, startable.commandLine(), environmentDirectory, temporaryDirectory);
        };
    }

    private EnvironmentProcess start(EnvironmentSpec spec, CommandLine commandLine, Path environmentDirectory,
            Path temporaryDirectory) {
        OutputPipe output;
        try {
            output = OutputPipe.open();
        } catch (IOException failure) {
            Directories.deleteRecursively(environmentDirectory);
            commandLine.aotRecording().ifPresent(AotRecording::processEnded);
            throw new UncheckedIOException(failure);
        }
        RuntimeChannel channel = new RuntimeChannel();
        RuntimeApiServer server = RuntimeApiServer.start(channel);
        MemoryLimit memory;
        try {
            memory = memoryLimits.create(spec.environmentId(), spec.function().memorySizeMegabytes());
        } catch (RuntimeException failure) {
            output.close();
            server.close();
            Directories.deleteRecursively(environmentDirectory);
            commandLine.aotRecording().ifPresent(AotRecording::processEnded);
            throw failure;
        }
        Optional<TelemetryChannel> telemetry = commandLine.framedLogs()
                ? TelemetryChannel.open(spec.environmentId(), environmentDirectory.resolve("telemetry.fifo"),
                        spec.logSink(), telemetrySignature)
                : Optional.empty();
        Path executable = Path.of(commandLine.command().getFirst());
        ProcessBuilder builder = new ProcessBuilder(startupCommand(spec, commandLine, memory, temporaryDirectory,
                telemetry))
                .directory(spec.codeDirectory().toFile())
                .redirectOutput(output.redirect())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(EnvironmentVariables.of(spec, commandLine, executable, server.address(),
                files.runtimeDirectory(), temporaryDirectory));
        telemetry.ifPresent(framed -> builder.environment().put("_LAMBDA_TELEMETRY_LOG_FD",
                Integer.toString(TelemetryChannel.DESCRIPTOR)));
        Process process;
        try {
            process = builder.start();
        } catch (IOException cannotStart) {
            output.close();
            telemetry.ifPresent(TelemetryChannel::close);
            server.close();
            memory.close();
            Directories.deleteRecursively(environmentDirectory);
            commandLine.aotRecording().ifPresent(AotRecording::processEnded);
            return new UnstartableEnvironment(spec.environmentId(), RuntimeErrors.initFailure(
                    RuntimeErrors.INVALID_ENTRYPOINT, "fork/exec " + executable + ": " + cannotStart.getMessage()));
        }
        output.closeWriteEnd();
        memory.attach(process);
        return track(spec, commandLine, environmentDirectory, process, output, channel, server, memory, telemetry);
    }

    /** Becomes the environment: the standby process gets its limit, then the rest of its startup script. */
    private EnvironmentProcess start(EnvironmentSpec spec, CommandLine commandLine, StandbyProcess standby) {
        MemoryLimit memory;
        try {
            memory = memoryLimits.claim(standby.cgroup(), spec.environmentId(), spec.function().memorySizeMegabytes());
        } catch (RuntimeException failure) {
            standby.discard();
            commandLine.aotRecording().ifPresent(AotRecording::processEnded);
            throw failure;
        }
        Optional<TelemetryChannel> telemetry = commandLine.framedLogs()
                ? standby.telemetryFifo().flatMap(fifo -> TelemetryChannel.attach(spec.environmentId(), fifo,
                        spec.logSink(), telemetrySignature))
                : Optional.empty();
        Map<String, String> variables = new LinkedHashMap<>(EnvironmentVariables.of(spec, commandLine,
                Path.of(commandLine.command().getFirst()), standby.server().address(), files.runtimeDirectory(),
                standby.temporaryDirectory()));
        List<String> steps = new ArrayList<>();
        telemetry.ifPresent(channel -> {
            steps.add(channel.startupStep());
            variables.put("_LAMBDA_TELEMETRY_LOG_FD", Integer.toString(TelemetryChannel.DESCRIPTOR));
        });
        steps.addAll(isolation.filter(mounts -> !standby.holdsReadOnly(spec.codeDirectory()))
                .map(mounts -> mounts.code(spec.codeDirectory(), hostPaths))
                .orElseGet(() -> List.of("cd " + StartupScript.quote(spec.codeDirectory().toString()))));
        memory.attach(standby.process());
        EnvironmentProcess environment = track(spec, commandLine, standby.directory(), standby.process(),
                standby.output(), standby.channel(), standby.server(), memory, telemetry);
        standby.handOver(steps, variables, commandLine.command());
        return environment;
    }

    private EnvironmentProcess track(EnvironmentSpec spec, CommandLine commandLine, Path environmentDirectory,
            Process process, OutputPipe pipe, RuntimeChannel channel, RuntimeApiServer server, MemoryLimit memory,
            Optional<TelemetryChannel> telemetry) {
        OutputPump output = OutputPump.start(spec.environmentId(), pipe.readEnd(), spec.logSink(),
                commandLine.aotRecording().map(AotRecording::announcement).stream()
                        .collect(Collectors.toUnmodifiableSet()));
        LocalEnvironmentProcess environment = new LocalEnvironmentProcess(new LocalEnvironmentProcess.Parts(
                spec.environmentId(), process, channel, server, output, memory, environmentDirectory,
                commandLine.aotRecording(), live::remove, telemetry), clock, config.outputDrainTimeout());
        live.add(environment);
        if (closed.get()) {
            // Closed while this one was starting: it must not outlive the launcher.
            environment.destroy();
        }
        process.onExit().thenRun(() -> channel.end(ExitReason.of(process.exitValue())));
        return environment;
    }

    /**
     * The command line, behind a startup script that opens the framed log channel (before the mounts change what
     * paths lead to), joins the memory cgroup and sets up the mounts.
     */
    private List<String> startupCommand(EnvironmentSpec spec, CommandLine commandLine, MemoryLimit memory,
            Path temporaryDirectory, Optional<TelemetryChannel> telemetry) {
        List<String> steps = new ArrayList<>();
        telemetry.ifPresent(channel -> steps.add(channel.startupStep()));
        memory.startupStep().ifPresent(steps::add);
        isolation.ifPresent(mounts -> steps.addAll(mounts.steps(spec.codeDirectory(), temporaryDirectory,
                hostPaths)));
        List<String> prefix = isolation.map(MountIsolation::prefix).orElse(List.of());
        return StartupScript.wrap(prefix, steps, commandLine.command());
    }

    /** Deletes the Java AOT caches of every version and revision not in {@code functions}. */
    @Override
    public void retainOnly(Collection<FunctionConfiguration> functions) {
        aotCaches.ifPresent(caches -> caches.retainOnly(functions.stream().map(javaCommand::aotCacheKey)
                .flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet())));
    }

    /**
     * One standby process, in a directory of its own beside the environments'. Its name, which its memory cgroup
     * also has, is unique among launchers: another server's groups share the parent group.
     */
    private Optional<StandbyProcess> prepareStandby() {
        byte[] name = new byte[8];
        standbyNames.nextBytes(name);
        return StandbyProcess.prepare(environmentsDirectory.resolve("standby-" + HexFormat.of().formatHex(name)),
                memoryLimits, isolation, hostPaths, Optional.ofNullable(config.codeRoot())
                        .map(root -> root.toAbsolutePath().normalize()));
    }

    /** Destroys every live environment and stops background work. Idempotent. */
    @Override
    public void close() {
        closed.set(true);
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run.
        }
        destroyAll();
    }

    private void destroyAll() {
        standbys.ifPresent(StandbyProcesses::close);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (LocalEnvironmentProcess environment : Set.copyOf(live)) {
                executor.execute(environment::destroy);
            }
        }
        aotCaches.ifPresent(JavaAotCaches::close);
        clientCaches.ifPresent(RuntimeClientCaches::close);
        memoryLimits.close();
    }

    private static Map<RuntimeFamily, RuntimeCommand> commands(Interpreters interpreters, RuntimeFiles files,
            Optional<JavaAotCaches> aotCaches, Optional<RuntimeClientCaches> clientCaches) {
        Map<RuntimeFamily, RuntimeCommand> commands = new EnumMap<>(RuntimeFamily.class);
        for (RuntimeFamily family : RuntimeFamily.values()) {
            commands.put(family, switch (family) {
                case JAVA -> new JavaCommand(interpreters, files, aotCaches, clientCaches);
                case NODEJS -> new NodeCommand(interpreters, files);
                case PYTHON -> new PythonCommand(interpreters, files);
                case PROVIDED -> new ProvidedCommand();
            });
        }
        return Map.copyOf(commands);
    }

    /** What function processes read from the host: the work directory, the interpreters, the client's jars. */
    private static List<Path> hostPaths(Path workDirectory, Interpreters interpreters, RuntimeFiles files) {
        List<Path> paths = new ArrayList<>();
        paths.add(workDirectory.toAbsolutePath());
        paths.addAll(interpreters.javaHomes().values());
        paths.addAll(interpreters.nodeExecutables().values());
        paths.addAll(interpreters.pythonExecutables().values());
        paths.addAll(files.javaClasspath());
        return List.copyOf(paths);
    }

    /** A frame header no runtime writes ({@code 0xA55AFFFF}, length 8), then a secret per launcher. */
    private static byte[] telemetrySignature() {
        byte[] signature = new byte[16];
        byte[] header = {(byte) 0xA5, 0x5A, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 8};
        System.arraycopy(header, 0, signature, 0, header.length);
        byte[] secret = new byte[8];
        new SecureRandom().nextBytes(secret);
        System.arraycopy(secret, 0, signature, header.length, secret.length);
        return signature;
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create " + directory, failure);
        }
    }
}
