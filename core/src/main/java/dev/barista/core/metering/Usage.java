package dev.barista.core.metering;

import java.math.BigDecimal;

/**
 * What Lambda bills for a set of invocations: how many there were, their billed duration (init phase included,
 * each rounded up to 1 ms), and that duration weighted by memory. Exact integers, so that sums never drift.
 *
 * @param requests invocations, each one Lambda request
 * @param billedMilliseconds the sum of the invocations' billed durations
 * @param megabyteMilliseconds the sum of billed duration times memory size: GB-seconds times 1,024,000
 */
public record Usage(long requests, long billedMilliseconds, long megabyteMilliseconds) {
    public static final Usage NONE = new Usage(0, 0, 0);
    /** 1,024 MB in a GB (Lambda's "GB" is 1,024 MB) times 1,000 ms in a second. */
    private static final BigDecimal MEGABYTE_MILLISECONDS_PER_GIGABYTE_SECOND = BigDecimal.valueOf(1_024_000);

    public Usage {
        if (requests < 0 || billedMilliseconds < 0 || megabyteMilliseconds < 0) {
            throw new IllegalArgumentException("usage cannot be negative: " + requests + " requests, "
                    + billedMilliseconds + " ms, " + megabyteMilliseconds + " MB-ms");
        }
    }

    /** One invocation of the given billed duration and memory size. */
    public static Usage ofInvocation(long billedMilliseconds, int memorySizeMegabytes) {
        return new Usage(1, billedMilliseconds, Math.multiplyExact(billedMilliseconds, memorySizeMegabytes));
    }

    public Usage plus(Usage other) {
        return new Usage(Math.addExact(requests, other.requests),
                Math.addExact(billedMilliseconds, other.billedMilliseconds),
                Math.addExact(megabyteMilliseconds, other.megabyteMilliseconds));
    }

    /** Lambda's GB-seconds, exactly (1,024,000 divides into a terminating decimal). */
    public BigDecimal gigabyteSeconds() {
        return new BigDecimal(megabyteMilliseconds).divide(MEGABYTE_MILLISECONDS_PER_GIGABYTE_SECOND);
    }
}
