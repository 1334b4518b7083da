package dev.barista.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop load: N clients, each on its own platform thread and keep-alive connection, send the same pre-built
 * request back to back. Latencies of the requests that start after the warm-up and end before the end of the
 * measurement go into a preallocated {@code long[]} per client; percentiles are computed afterwards.
 */
final class LoadGenerator {
    /** What one point measured. Latencies in nanoseconds, sorted. */
    record Result(String target, int clients, long[] latencies, long errors, String firstError, double seconds,
                  CpuMeter.Usage cpu) {
        long count() {
            return latencies.length;
        }

        double throughput() {
            return latencies.length / seconds;
        }

        double p50Millis() {
            return latencies.length == 0 ? Double.NaN : Percentiles.of(latencies, 50) / 1e6;
        }

        double p99Millis() {
            return latencies.length == 0 ? Double.NaN : Percentiles.of(latencies, 99) / 1e6;
        }
    }

    private final InetSocketAddress address;
    private final CpuMeter cpu;

    LoadGenerator(InetSocketAddress address, CpuMeter cpu) {
        this.address = address;
        this.cpu = cpu;
    }

    Result run(String target, byte[] request, int clients, Duration warmup, Duration measure)
            throws InterruptedException, IOException {
        // Capacity for a generous 100,000 requests per second in all, per client; arrays grow if ever exceeded.
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8,
                Math.max(4_096, (long) Math.ceil(measure.toMillis() / 1000.0 * 100_000 / clients)));
        List<HttpConnection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(new HttpConnection(address));
            }
            Client[] workers = new Client[clients];
            CountDownLatch done = new CountDownLatch(clients);
            long start = System.nanoTime() + 20_000_000L;
            long measureFrom = start + warmup.toNanos();
            long measureTo = measureFrom + measure.toNanos();
            for (int i = 0; i < clients; i++) {
                workers[i] = new Client(connections.get(i), request, capacity, start, measureFrom, measureTo, done);
                Thread.ofPlatform().name("client-" + i).daemon().start(workers[i]);
            }
            sleepUntil(measureFrom);
            CpuMeter.Snapshot before = cpu.snapshot();
            sleepUntil(measureTo);
            CpuMeter.Snapshot after = cpu.snapshot();
            done.await();
            long errors = 0;
            String firstError = null;
            long[][] arrays = new long[clients][];
            int[] counts = new int[clients];
            for (int i = 0; i < clients; i++) {
                arrays[i] = workers[i].latencies;
                counts[i] = workers[i].count;
                errors += workers[i].errors;
                if (firstError == null) {
                    firstError = workers[i].firstError;
                }
            }
            return new Result(target, clients, Percentiles.merge(arrays, counts), errors, firstError,
                    measure.toNanos() / 1e9, cpu.between(before, after));
        } finally {
            connections.forEach(HttpConnection::close);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    private static final class Client implements Runnable {
        private final HttpConnection connection;
        private final byte[] request;
        private final long start;
        private final long measureFrom;
        private final long measureTo;
        private final CountDownLatch done;
        long[] latencies;
        int count;
        long errors;
        String firstError;

        Client(HttpConnection connection, byte[] request, int capacity, long start, long measureFrom, long measureTo,
               CountDownLatch done) {
            this.connection = connection;
            this.request = request;
            this.latencies = new long[capacity];
            this.start = start;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                sleepUntil(start);
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= measureTo) {
                        return;
                    }
                    int status;
                    try {
                        status = connection.exchange(request);
                    } catch (IOException failure) {
                        status = -1;
                        if (firstError == null) {
                            firstError = failure.toString();
                        }
                        reconnect();
                    }
                    long received = System.nanoTime();
                    if (sent >= measureFrom && received <= measureTo) {
                        if (status == 200) {
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, latencies.length * 2);
                            }
                            latencies[count++] = received - sent;
                        } else {
                            errors++;
                            if (firstError == null) {
                                firstError = "HTTP " + status;
                            }
                        }
                    }
                }
            } finally {
                done.countDown();
            }
        }

        private void reconnect() {
            try {
                connection.reconnect();
            } catch (IOException failure) {
                LockSupport.parkNanos(10_000_000L);
            }
        }
    }
}
