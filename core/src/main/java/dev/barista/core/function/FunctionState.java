package dev.barista.core.function;

/** A function's {@code State}, as the SDK waiters read it. */
public enum FunctionState {
    PENDING("Pending"),
    ACTIVE("Active"),
    INACTIVE("Inactive"),
    FAILED("Failed");

    private final String wireName;

    FunctionState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
