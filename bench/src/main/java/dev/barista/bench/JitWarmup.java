package dev.barista.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Unmeasured load before the first point until the server's JIT compilers are done with what it exercises: rounds
 * of each request at the given concurrency, until a round in which the server's compiler threads used under 2 % of
 * one core (at least two rounds, at most a minute). A fixed warm-up was not enough: on 2 shared cores the server's
 * C2 compiler kept working for 30-50 s of load, 20-30 % of the server's CPU in the first measured points.
 */
final class JitWarmup {
    private static final Duration ROUND_PER_REQUEST = Duration.ofMillis(1500);
    private static final Duration MAXIMUM = Duration.ofSeconds(60);
    private static final double QUIET_PERCENT = 2;

    /** What the warm-up took. */
    record Outcome(int rounds, double seconds, double lastRoundCompilerPercent) {
        String describe() {
            return String.format("%d rounds, %.1f s; the server's JIT compilers used %.1f %% of a core in the last",
                    rounds, seconds, lastRoundCompilerPercent);
        }
    }

    private JitWarmup() {
    }

    static Outcome run(LoadGenerator load, long serverPid, List<byte[]> requests, int clients)
            throws InterruptedException, IOException {
        long start = System.nanoTime();
        int rounds = 0;
        double percent = Double.NaN;
        while (true) {
            long compilerBefore = compilerTicks(serverPid);
            long roundStart = System.nanoTime();
            for (byte[] request : requests) {
                load.run("JIT warm-up", request, clients, Duration.ZERO, ROUND_PER_REQUEST);
            }
            rounds++;
            double seconds = (System.nanoTime() - roundStart) / 1e9;
            percent = (compilerTicks(serverPid) - compilerBefore) * 100.0 / ProcFs.TICKS_PER_SECOND / seconds;
            boolean quiet = serverPid <= 0 || percent < QUIET_PERCENT;
            if ((rounds >= 2 && quiet) || System.nanoTime() - start > MAXIMUM.toNanos()) {
                return new Outcome(rounds, (System.nanoTime() - start) / 1e9, percent);
            }
        }
    }

    /** CPU ticks of the server's threads named like HotSpot's compiler threads ("C1 CompilerThre", "C2 ..."). */
    static long compilerTicks(long pid) {
        return pid <= 0 ? 0 : ProcFs.threadTicksAndSwitches(pid, name -> name.contains("CompilerThre"))[0];
    }
}
