package dev.barista.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Deployment packages of the test functions, built from source text or from compiled test classes. */
public final class Packages {

    /**
     * A Python module {@code app} whose {@code handler} does what the event's {@code action} asks. {@code INIT_ID}
     * is drawn once per process, so equal ids mean the same (warm) environment answered.
     */
    public static final String PYTHON_PROBE = """
            import json, os, sys, tempfile, time, urllib.request, uuid

            INIT_ID = uuid.uuid4().hex
            VERSION_MARK = "%s"

            def handler(event, context):
                action = event.get("action", "echo") if isinstance(event, dict) else "echo"
                if action == "echo":
                    return {"event": event, "initId": INIT_ID, "pid": os.getpid(), "mark": VERSION_MARK}
                if action == "context":
                    return {"functionName": context.function_name, "functionVersion": context.function_version,
                            "invokedFunctionArn": context.invoked_function_arn,
                            "memoryLimitInMB": str(context.memory_limit_in_mb),
                            "awsRequestId": context.aws_request_id, "logGroupName": context.log_group_name,
                            "logStreamName": context.log_stream_name,
                            "remainingTimeInMillis": context.get_remaining_time_in_millis()}
                if action == "environment":
                    return {"variables": dict(os.environ), "tempDirectory": tempfile.gettempdir(),
                            "workingDirectory": os.getcwd(), "initId": INIT_ID}
                if action == "print":
                    print(event["text"])
                    if "errorText" in event:
                        print(event["errorText"], file=sys.stderr)
                    return "printed"
                if action == "fail":
                    raise ValueError(event.get("message", "boom"))
                if action == "sleep":
                    time.sleep(event["seconds"])
                    return "slept"
                if action == "exit":
                    sys.stdout.flush()
                    os._exit(1)
                if action == "writeFile":
                    path = event["path"] if os.path.isabs(event["path"]) else os.path.join(tempfile.gettempdir(), event["path"])
                    with open(path, "w") as file:
                        file.write(event["content"])
                    return path
                if action == "post":
                    urllib.request.urlopen(urllib.request.Request(event["url"], data=event["content"].encode(),
                                                                  method="POST"), timeout=10).read()
                    return "posted"
                if action == "exists":
                    path = event["path"] if os.path.isabs(event["path"]) else os.path.join(tempfile.gettempdir(), event["path"])
                    return os.path.exists(path)
                raise ValueError("unknown action " + action)
            """;

    /**
     * A Python module {@code app} for SQS triggers: it posts each batch (message ids, bodies, the whole event and
     * when it ran) to {@code CALLBACK_URL}, fails the batch when a body is {@code fail}, and reports the messages
     * whose body starts with {@code bad} in {@code batchItemFailures}.
     */
    public static final String PYTHON_SQS_CONSUMER = """
            import json, os, time, urllib.request

            def handler(event, context):
                records = event["Records"]
                report = {"messageIds": [r["messageId"] for r in records], "bodies": [r["body"] for r in records],
                          "event": event, "receivedAt": time.time()}
                urllib.request.urlopen(urllib.request.Request(os.environ["CALLBACK_URL"],
                        data=json.dumps(report).encode(), method="POST"), timeout=10).read()
                if any(r["body"] == "fail" for r in records):
                    raise ValueError("failing on purpose")
                return {"batchItemFailures": [{"itemIdentifier": r["messageId"]} for r in records
                                              if r["body"].startswith("bad")]}
            """;

    /** The Node.js counterpart of {@link #PYTHON_PROBE} (CommonJS, async handler), plus callback and ESM handlers. */
    public static final String NODE_PROBE = """
            const crypto = require('crypto');
            const os = require('os');
            const INIT_ID = crypto.randomUUID();

            exports.handler = async (event, context) => {
              switch ((event && event.action) || 'echo') {
                case 'echo':
                  return { event, initId: INIT_ID, pid: process.pid };
                case 'context':
                  return { functionName: context.functionName, functionVersion: context.functionVersion,
                    invokedFunctionArn: context.invokedFunctionArn, memoryLimitInMB: String(context.memoryLimitInMB),
                    awsRequestId: context.awsRequestId, logGroupName: context.logGroupName,
                    logStreamName: context.logStreamName, remainingTimeInMillis: context.getRemainingTimeInMillis() };
                case 'environment':
                  return { variables: process.env, tempDirectory: os.tmpdir(), workingDirectory: process.cwd() };
                case 'print':
                  console.log(event.text);
                  return 'printed';
                case 'fail':
                  throw new Error(event.message || 'boom');
                case 'failCustom': {
                  const error = new Error('custom failure');
                  error.name = 'CustomError';
                  throw error;
                }
                case 'sleep':
                  await new Promise((resolve) => setTimeout(resolve, event.seconds * 1000));
                  return 'slept';
                case 'exit':
                  process.exit(1);
                default:
                  throw new Error('unknown action ' + event.action);
              }
            };
            """;

    public static final String NODE_CALLBACK = """
            exports.handler = (event, context, callback) => {
              setTimeout(() => callback(null, { style: 'callback', event }), 5);
            };
            exports.failing = (event, context, callback) => callback(new Error('callback failure'));
            """;

    public static final String NODE_ESM = """
            import { randomUUID } from 'node:crypto';
            export const handler = async (event) => ({ style: 'esm', event, id: randomUUID().length });
            """;

    /**
     * A {@code provided} runtime in shell and curl: answers {@code {"echo":<event>,...}}, reports a function
     * error when the event contains {@code "fail"}, and runs {@code sleep 30} (a child process) first when it
     * contains {@code "sleep"}.
     */
    public static final String BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              EVENT="$(curl -sS -f -D "$HEADERS" "$API/invocation/next")"
              REQUEST_ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d: -f2 | tr -d '[:space:]')"
              rm -f "$HEADERS"
              echo "bootstrap handling $REQUEST_ID"
              case "$EVENT" in
                *'"sleep"'*)
                  sleep 30 ;;
                *'"fail"'*)
                  curl -sS -f -o /dev/null -X POST "$API/invocation/$REQUEST_ID/error" \\
                    -H 'Lambda-Runtime-Function-Error-Type: Custom.Failure' \\
                    -d '{"errorMessage":"bootstrap failed","errorType":"Custom.Failure"}' ;;
                *)
                  curl -sS -f -o /dev/null -X POST "$API/invocation/$REQUEST_ID/response" \\
                    -d "{\\"echo\\":$EVENT,\\"handler\\":\\"$_HANDLER\\",\\"pid\\":$$}" ;;
              esac
            done
            """;

    private static final String FUNCTIONS = "dev/barista/it/functions";
    private static final Set<Integer> COMPILED = new HashSet<>();

    private Packages() {
    }

    public static byte[] python(String source) {
        return new ZipWriter().file("app.py", source).toByteArray();
    }

    /** The probe, marked so that two versions of it differ in code (and CodeSha256). */
    public static byte[] pythonProbe(String mark) {
        return python(PYTHON_PROBE.formatted(mark));
    }

    public static byte[] pythonProbe() {
        return pythonProbe("");
    }

    public static byte[] nodeProbe() {
        return new ZipWriter().file("index.js", NODE_PROBE).file("callback.js", NODE_CALLBACK)
                .file("esm.mjs", NODE_ESM).toByteArray();
    }

    public static byte[] bootstrap() {
        return new ZipWriter().executable("bootstrap", BOOTSTRAP).toByteArray();
    }

    /**
     * The compiled classes of {@code dev.barista.it.functions} at the zip's root, with
     * {@code lib/aws-lambda-java-core} and, when asked, {@code lib/aws-lambda-java-events} with its one
     * dependency joda-time, as the Maven packaging of a Lambda function lays them out. Compiled for Java 21.
     */
    public static byte[] javaFunctions(boolean withEvents) {
        return javaFunctions(withEvents, 21);
    }

    /** As {@link #javaFunctions(boolean)}, compiled for {@code release} (17 for a java17 function). */
    public static byte[] javaFunctions(boolean withEvents, int release) {
        List<Path> libraries = withEvents
                ? List.of(location(com.amazonaws.services.lambda.runtime.RequestHandler.class),
                        location(com.amazonaws.services.lambda.runtime.events.SQSEvent.class),
                        location(org.joda.time.DateTime.class))
                : List.of(location(com.amazonaws.services.lambda.runtime.RequestHandler.class));
        Path classes = release >= 21 ? location(dev.barista.it.functions.HelloHandler.class) : compiled(release);
        ZipWriter zip = new ZipWriter();
        try (Stream<Path> files = Files.list(classes.resolve(FUNCTIONS))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                zip.file(classes.relativize(file).toString(), Files.readAllBytes(file), 0644);
            }
            for (Path jar : libraries) {
                zip.file("lib/" + jar.getFileName(), Files.readAllBytes(jar), 0644);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /**
     * A shaded ("fat") jar, as maven-shade-plugin builds one: the function classes and every class of
     * aws-lambda-java-core at the root, with a manifest, uploaded as the package itself.
     */
    public static byte[] javaShadedJar() {
        ZipWriter jar = new ZipWriter().file("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n");
        Path classes = location(dev.barista.it.functions.HelloHandler.class);
        try (Stream<Path> files = Files.list(classes.resolve(FUNCTIONS));
                java.util.zip.ZipInputStream core = new java.util.zip.ZipInputStream(Files.newInputStream(
                        location(com.amazonaws.services.lambda.runtime.RequestHandler.class)))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                jar.file(classes.relativize(file).toString(), Files.readAllBytes(file), 0644);
            }
            for (var entry = core.getNextEntry(); entry != null; entry = core.getNextEntry()) {
                if (entry.getName().endsWith(".class")) {
                    jar.file(entry.getName(), core.readAllBytes(), 0644);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar.toByteArray();
    }

    /** The function sources compiled with {@code javac --release <release>} into {@code target/}, once per run. */
    private static synchronized Path compiled(int release) {
        Path output = Path.of(System.getProperty("basedir", "."), "target", "functions-release-" + release);
        if (COMPILED.add(release)) {
            Path sources = Path.of(System.getProperty("basedir", "."), "src", "test", "java").resolve(FUNCTIONS);
            try (Stream<Path> files = Files.list(sources)) {
                List<String> arguments = new ArrayList<>(List.of("--release", String.valueOf(release), "-d",
                        output.toString(), "-cp", Stream.of(com.amazonaws.services.lambda.runtime.RequestHandler.class,
                                com.amazonaws.services.lambda.runtime.events.SQSEvent.class)
                                .map(type -> location(type).toString())
                                .collect(Collectors.joining(java.io.File.pathSeparator))));
                files.map(Path::toString).filter(path -> path.endsWith(".java")).sorted().forEach(arguments::add);
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                int exitCode = ToolProvider.getSystemJavaCompiler().run(null, errors, errors,
                        arguments.toArray(String[]::new));
                if (exitCode != 0) {
                    throw new IllegalStateException("javac --release " + release + " failed:\n" + errors);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
