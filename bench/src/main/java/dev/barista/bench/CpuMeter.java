package dev.barista.bench;

/**
 * CPU used between two snapshots, split between the bench (this JVM and the bare processes it starts), the server
 * JVM and the server's environment processes (its live descendants), plus the whole machine; what the machine
 * used beyond those is "other" (other tenants of a shared machine). Figures are in percent of one core, so
 * that on 2 cores the machine's maximum is 200 %.
 *
 * <p>{@link #relay} measures the relay floor instead, which runs inside the bench: there "bench" is this JVM without
 * the relay's threads (the load generator), "server" the relay's threads and "environments" the bench's child
 * processes (the echo processes); context switches are the relay threads'.
 */
final class CpuMeter {
    record Snapshot(long wallNanos, long benchTicks, long serverTicks, long environmentTicks, long machineBusy,
                    long machineTotal, long serverSwitches) {
    }

    /** Percent of one core used by each party over an interval. */
    record Usage(double bench, double server, double environments, double machine, long serverSwitches) {

        /** What the machine used besides the bench, the server and its environments: other tenants. */
        double other() {
            return Math.max(0, machine - bench - (Double.isNaN(server) ? 0 : server)
                    - (Double.isNaN(environments) ? 0 : environments));
        }

        /** "bench / server / envs / other (machine)". */
        String describe() {
            if (Double.isNaN(bench)) {
                return "-";
            }
            return String.format("%.0f / %.0f / %.0f / %.0f (%.0f)", bench, server, environments, other(), machine);
        }
    }

    private final long benchPid = ProcessHandle.current().pid();
    private final long serverPid;
    /** Names of the relay's threads begin with it; null when measuring a server process. */
    private final String relayThreadPrefix;
    private final int cores = Runtime.getRuntime().availableProcessors();

    /** @param serverPid the server process, or 0 when unknown (only the bench and the machine are measured) */
    CpuMeter(long serverPid) {
        this(serverPid, null);
    }

    private CpuMeter(long serverPid, String relayThreadPrefix) {
        this.serverPid = serverPid;
        this.relayThreadPrefix = relayThreadPrefix;
    }

    /** For a relay inside the bench whose threads' names begin with {@code threadPrefix} (see the class comment). */
    static CpuMeter relay(String threadPrefix) {
        return new CpuMeter(0, threadPrefix);
    }

    private boolean measuresServer() {
        return serverPid > 0 || relayThreadPrefix != null;
    }

    Snapshot snapshot() {
        long[] machine = ProcFs.machineTicks();
        if (relayThreadPrefix != null) {
            long[] relay = ProcFs.threadTicksAndSwitches(benchPid, relayThreadPrefix);
            return new Snapshot(System.nanoTime(), ProcFs.cpuTicks(benchPid) - relay[0], relay[0],
                    ProcFs.descendantsCpuTicks(benchPid), machine[0], machine[1], relay[1]);
        }
        return new Snapshot(System.nanoTime(), ProcFs.cpuTicks(benchPid) + ProcFs.descendantsCpuTicks(benchPid),
                serverPid > 0 ? ProcFs.cpuTicks(serverPid) : 0,
                serverPid > 0 ? ProcFs.descendantsCpuTicks(serverPid) : 0, machine[0], machine[1],
                serverPid > 0 ? ProcFs.contextSwitches(serverPid) : 0);
    }

    Usage between(Snapshot from, Snapshot to) {
        double seconds = (to.wallNanos() - from.wallNanos()) / 1e9;
        double perTick = 100.0 / ProcFs.TICKS_PER_SECOND / seconds;
        long machineTotal = to.machineTotal() - from.machineTotal();
        double machine = machineTotal == 0 ? 0
                : 100.0 * cores * (to.machineBusy() - from.machineBusy()) / machineTotal;
        return new Usage((to.benchTicks() - from.benchTicks()) * perTick,
                measuresServer() ? (to.serverTicks() - from.serverTicks()) * perTick : Double.NaN,
                measuresServer() ? Math.max(0, to.environmentTicks() - from.environmentTicks()) * perTick : Double.NaN,
                machine, to.serverSwitches() - from.serverSwitches());
    }

    /** Waits until the machine is nearly idle (under {@code percent} of one core over 300 ms), at most {@code maxMillis}. */
    void settle(double percent, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        while (System.currentTimeMillis() < deadline) {
            Snapshot before = snapshot();
            Thread.sleep(300);
            if (between(before, snapshot()).machine() < percent) {
                return;
            }
        }
    }
}
