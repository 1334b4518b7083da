package dev.barista.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scenario 3: N clients fire the first invokes of a fresh python function at once. Every answer is counted by
 * status; memory is read from /proc: the server JVM's peak (VmHWM, reset just before the burst), the peak of the
 * sum of its descendants' RSS (sampled every 20 ms), and one environment's peak (VmHWM) beside what the REPORT
 * lines say (Max Memory Used).
 */
final class BurstScenario {
    static final String FUNCTION = "bench-burst-python";

    private final BenchOptions options;
    private final LambdaClient lambda;
    private final CpuMeter cpu;
    private final Report report;

    BurstScenario(BenchOptions options, LambdaClient lambda, CpuMeter cpu, Report report) {
        this.options = options;
        this.lambda = lambda;
        this.cpu = cpu;
        this.report = report;
    }

    private static final class Client {
        long elapsed;
        int status;
        String functionError;
        String body;
        Double init;
        Integer maxMemory;
        String failure;
    }

    void run() throws Exception {
        int count = options.burst();
        report.section("3. Burst: " + count + " concurrent first invokes of a new python function");
        lambda.deleteFunction(FUNCTION);
        lambda.createFunction(FUNCTION, "python3.11", FunctionPackages.PYTHON_HANDLER, FunctionPackages.python(), 128,
                30, Map.of());
        long serverPid = options.serverPid();
        long serverRssBefore = serverPid > 0 ? ProcFs.statusKilobytes(serverPid, "VmRSS") : -1;
        long serverPeakBefore = serverPid > 0 ? ProcFs.statusKilobytes(serverPid, "VmHWM") : -1;
        boolean peakReset = serverPid > 0 && ProcFs.resetPeak(serverPid);

        List<HttpConnection> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connections.add(new HttpConnection(lambda.address()));
        }
        byte[] request = LambdaClient.invokeRequest(lambda.address(), FUNCTION, "{}", true);
        Client[] clients = new Client[count];
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Client client = clients[i] = new Client();
            HttpConnection connection = connections.get(i);
            threads.add(Thread.ofPlatform().name("burst-" + i).start(() -> {
                ready.countDown();
                try {
                    go.await();
                    long start = System.nanoTime();
                    HttpConnection.Response response = connection.exchangeFull(request);
                    client.elapsed = System.nanoTime() - start;
                    LambdaClient.Invocation invocation = LambdaClient.parse(response, client.elapsed);
                    client.status = invocation.status();
                    client.functionError = invocation.functionError();
                    client.body = invocation.body();
                    client.init = invocation.initDurationMillis().orElse(null);
                    client.maxMemory = invocation.maxMemoryUsedMegabytes().orElse(null);
                } catch (Exception failure) {
                    client.failure = failure.toString();
                }
            }));
        }
        ready.await();
        AtomicBoolean sampling = new AtomicBoolean(true);
        long[] peaks = new long[3]; // server RSS, descendants' RSS, descendants
        Thread sampler = Thread.ofPlatform().name("rss-sampler").start(() -> {
            while (sampling.get() && serverPid > 0) {
                long total = 0;
                long processes = 0;
                for (ProcessHandle child : ProcFs.descendants(serverPid)) {
                    total += ProcFs.rssKilobytes(child.pid());
                    processes++;
                }
                peaks[0] = Math.max(peaks[0], ProcFs.rssKilobytes(serverPid));
                peaks[1] = Math.max(peaks[1], total);
                peaks[2] = Math.max(peaks[2], processes);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        });
        CpuMeter.Snapshot before = cpu.snapshot();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
        Thread.sleep(100);
        sampling.set(false);
        sampler.join();
        connections.forEach(HttpConnection::close);

        Map<String, Integer> statuses = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        List<Double> inits = new ArrayList<>();
        List<Double> memories = new ArrayList<>();
        String firstFailure = null;
        for (Client client : clients) {
            String key = client.failure != null ? "I/O error"
                    : client.status + (client.functionError == null ? "" : " " + client.functionError);
            statuses.merge(key, 1, Integer::sum);
            if (client.failure == null) {
                latencies.add(client.elapsed);
            }
            if (client.failure != null || client.status != 200 || client.functionError != null) {
                if (firstFailure == null) {
                    firstFailure = client.failure != null ? client.failure : client.status + " " + client.body;
                }
            }
            if (client.init != null) {
                inits.add(client.init);
            }
            if (client.maxMemory != null) {
                memories.add(client.maxMemory.doubleValue());
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long oneEnvironmentPeak = -1;
        if (serverPid > 0) {
            oneEnvironmentPeak = ProcFs.environmentProcess(serverPid, FUNCTION, "bootstrap.py")
                    .map(pid -> ProcFs.statusKilobytes(pid, "VmHWM")).orElse(-1L);
        }
        long answeredOk = statuses.getOrDefault("200", 0);
        report.table("Figure", "Value");
        report.row("Answers by status", statuses.toString());
        report.row("Cold starts (REPORT lines with Init Duration)", Integer.toString(inits.size()));
        report.row("Latency min / p50 / p99 / max (client)", sorted.length == 0 ? "-"
                : Report.millis(sorted[0] / 1e6) + " / " + Report.millis(Percentiles.of(sorted, 50) / 1e6) + " / " + Report.millis(Percentiles.of(sorted, 99) / 1e6)
                + " / " + Report.millis(sorted[sorted.length - 1] / 1e6) + " ms");
        report.row("Init Duration min / p50 / max (REPORT)", inits.isEmpty() ? "-"
                : Report.millis(inits.stream().mapToDouble(Double::doubleValue).min().orElse(0)) + " / "
                + Report.millis(Percentiles.median(toArray(inits))) + " / "
                + Report.millis(inits.stream().mapToDouble(Double::doubleValue).max().orElse(0)) + " ms");
        report.row("Wall time of the burst", String.format("%.2f s", wall));
        report.row("CPU % bench / server / envs / other (machine)", usage.describe());
        if (serverPid > 0) {
            report.row("Server JVM RSS before / peak during the burst (VmHWM" + (peakReset ? ", reset before" : "")
                    + ")", serverRssBefore / 1024 + " / " + ProcFs.statusKilobytes(serverPid, "VmHWM") / 1024 + " MB");
            report.row("Server JVM peak RSS before the burst (VmHWM since start)", serverPeakBefore / 1024 + " MB");
            report.row("Server JVM RSS peak, sampled every 20 ms", peaks[0] / 1024 + " MB");
            report.row("All environment processes: peak summed RSS / peak count (sampled)",
                    peaks[1] / 1024 + " MB / " + peaks[2]);
            report.row("One environment: peak RSS (VmHWM of one process)",
                    oneEnvironmentPeak < 0 ? "-" : String.format("%.1f MB", oneEnvironmentPeak / 1024.0));
        }
        report.row("One environment: Max Memory Used (REPORT) median / max", memories.isEmpty() ? "-"
                : Report.millis(Percentiles.median(toArray(memories))) + " / "
                + Report.millis(memories.stream().mapToDouble(Double::doubleValue).max().orElse(0)) + " MB");
        if (firstFailure != null) {
            report.row("First failure", Report.abbreviate(firstFailure, 300));
        }
        report.endTable();
        report.goal("Burst of " + count + " first invokes all answered with 200",
                answeredOk + "/" + count + " " + statuses, answeredOk == count);
        lambda.deleteFunction(FUNCTION);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
