package dev.barista.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The bench's flags; see {@link #USAGE}. */
record BenchOptions(InetSocketAddress server, long serverPid, Path dataDirectory, Duration warmup, Duration measure,
                    List<Integer> clients, int coldSamples, int burst, Set<String> scenarios, Path output,
                    String label, InetSocketAddress elasticMq, long elasticMqPid) {

    static final String USAGE = """
            usage: Bench --endpoint http://127.0.0.1:PORT [options]
              --endpoint URL        a running Barista server (started separately, see bench/run.sh)
              --server-pid PID      its process id: CPU and memory of the server and its environments (default: none)
              --data-dir DIR        its data directory: lets the Java cold start find the AOT cache (default: none)
              --warmup SECONDS      warm-up before each warm-invoke point (default 2)
              --duration SECONDS    measurement of each warm-invoke point (default 5)
              --clients LIST        concurrent clients of the warm-invoke points (default 1,16,64)
              --cold-samples N      cold starts per runtime and baseline (default 5; one more is run and discarded)
              --burst N             concurrent first invokes of the burst (default 200)
              --scenarios LIST      any of warm,cold,burst,logs,sqs,esm (default all) and loop (runtime clients alone)
              --elasticmq URL       a running ElasticMQ, measured beside Barista in the sqs scenario (default: none)
              --elasticmq-pid PID   its process id, for its CPU (default: none)
              --quick               --warmup 0.5 --duration 1.5 --cold-samples 2 (flags after it still win)
              --out FILE            also write the Markdown report there
              --label TEXT          what was measured, for the report (bench/run.sh passes the git commit)
            """;

    static BenchOptions parse(String[] arguments) {
        InetSocketAddress server = null;
        long serverPid = 0;
        Path dataDirectory = null;
        Duration warmup = Duration.ofSeconds(2);
        Duration measure = Duration.ofSeconds(5);
        List<Integer> clients = List.of(1, 16, 64);
        int coldSamples = 5;
        int burst = 200;
        Set<String> scenarios = new LinkedHashSet<>(List.of("warm", "cold", "burst", "logs", "sqs", "esm"));
        InetSocketAddress elasticMq = null;
        long elasticMqPid = 0;
        Path output = null;
        String label = "";
        for (int i = 0; i < arguments.length; i++) {
            String flag = arguments[i];
            if (flag.equals("--quick")) {
                warmup = Duration.ofMillis(500);
                measure = Duration.ofMillis(1500);
                coldSamples = 2;
                continue;
            }
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException("missing value of " + flag);
            }
            String value = arguments[++i];
            switch (flag) {
                case "--endpoint" -> {
                    URI uri = URI.create(value);
                    server = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
                }
                case "--server-pid" -> serverPid = Long.parseLong(value);
                case "--data-dir" -> dataDirectory = Path.of(value).toAbsolutePath();
                case "--warmup" -> warmup = seconds(value);
                case "--duration" -> measure = seconds(value);
                case "--clients" -> {
                    List<Integer> list = new ArrayList<>();
                    for (String part : value.split(",")) {
                        list.add(Integer.parseInt(part.trim()));
                    }
                    clients = List.copyOf(list);
                }
                case "--cold-samples" -> coldSamples = Integer.parseInt(value);
                case "--burst" -> burst = Integer.parseInt(value);
                case "--scenarios" -> scenarios = new LinkedHashSet<>(List.of(value.split(",")));
                case "--out" -> output = Path.of(value);
                case "--label" -> label = value;
                case "--elasticmq" -> {
                    URI uri = URI.create(value);
                    elasticMq = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
                }
                case "--elasticmq-pid" -> elasticMqPid = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        if (server == null) {
            throw new IllegalArgumentException("--endpoint is required");
        }
        return new BenchOptions(server, serverPid, dataDirectory, warmup, measure, clients, coldSamples, burst,
                scenarios, output, label, elasticMq, elasticMqPid);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    int maxClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
