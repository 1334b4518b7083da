package dev.barista.core.eventsource;

/** What a batch's processing tells the pollers' scaling and back-off. */
public enum BatchOutcome {
    /** Every message was processed (or filtered out). */
    SUCCEEDED,
    /** The function reported some messages as failed; the others were deleted. */
    PARTIALLY_FAILED,
    /** The function failed, or its batch response failed the whole batch: nothing was deleted. */
    FAILED,
    /** The function was throttled: nothing was deleted, the messages come back after the visibility timeout. */
    THROTTLED,
    /** The function could not be invoked; nothing was deleted. */
    NOT_INVOKED,
    /** The poll returned no message to deliver. */
    EMPTY
}
