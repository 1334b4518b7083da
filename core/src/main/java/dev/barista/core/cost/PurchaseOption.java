package dev.barista.core.cost;

/** How EC2 capacity is paid for. */
public enum PurchaseOption {
    ON_DEMAND,
    /** Interruptible spare capacity at a discount that varies by type, zone and time. */
    SPOT,
    /** A 1-year Compute Savings Plan, no upfront: a commitment to an hourly spend for a year. */
    SAVINGS_PLAN
}
