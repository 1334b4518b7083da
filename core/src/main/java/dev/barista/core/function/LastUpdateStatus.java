package dev.barista.core.function;

/** A function's {@code LastUpdateStatus}, as the SDK waiters read it. */
public enum LastUpdateStatus {
    SUCCESSFUL("Successful"),
    FAILED("Failed"),
    IN_PROGRESS("InProgress");

    private final String wireName;

    LastUpdateStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
