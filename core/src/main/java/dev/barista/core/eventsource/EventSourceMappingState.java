package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;

/**
 * The lifecycle of an event source mapping, in Lambda's states. A change requested through the API (create,
 * update, enable, disable, delete) puts the mapping in a transient state; once the pollers have applied it, the
 * mapping settles in {@link #ENABLED} or {@link #DISABLED}, or disappears after {@link #DELETING}. Only a settled
 * mapping may be changed again: every other transition is refused with {@code RESOURCE_IN_USE}, as Lambda refuses
 * to update a mapping that is Creating or to delete one that is Updating.
 */
public enum EventSourceMappingState {
    CREATING("Creating"),
    ENABLING("Enabling"),
    ENABLED("Enabled"),
    DISABLING("Disabling"),
    DISABLED("Disabled"),
    UPDATING("Updating"),
    DELETING("Deleting");

    private final String awsName;

    EventSourceMappingState(String awsName) {
        this.awsName = awsName;
    }

    /** The name Lambda's API uses ({@code Enabled}, {@code Creating}, ...). */
    public String awsName() {
        return awsName;
    }

    /** Whether no change is in progress, so that an update or a delete may start. */
    public boolean settled() {
        return switch (this) {
            case ENABLED, DISABLED -> true;
            case CREATING, ENABLING, DISABLING, UPDATING, DELETING -> false;
        };
    }

    /** The state a new mapping starts in. */
    static EventSourceMappingState created() {
        return CREATING;
    }

    /**
     * The state UpdateEventSourceMapping moves a settled mapping to.
     *
     * @param enabled whether the mapping is to be enabled after the update
     * @throws BaristaException RESOURCE_IN_USE when a change is still in progress
     */
    EventSourceMappingState update(String uuid, boolean enabled) {
        return switch (this) {
            case ENABLED -> enabled ? UPDATING : DISABLING;
            case DISABLED -> enabled ? ENABLING : UPDATING;
            case CREATING, ENABLING, DISABLING, UPDATING, DELETING -> throw inUse(uuid, "updated");
        };
    }

    /**
     * The state DeleteEventSourceMapping moves a settled mapping to.
     *
     * @throws BaristaException RESOURCE_IN_USE when a change is still in progress
     */
    EventSourceMappingState delete(String uuid) {
        return switch (this) {
            case ENABLED, DISABLED -> DELETING;
            case CREATING, ENABLING, DISABLING, UPDATING, DELETING -> throw inUse(uuid, "deleted");
        };
    }

    /**
     * The state a change ends in once the pollers have applied it.
     *
     * @param enabled whether the mapping is to be enabled
     * @throws IllegalStateException for {@link #DELETING}, which ends with the mapping removed
     */
    EventSourceMappingState settle(boolean enabled) {
        return switch (this) {
            case CREATING, ENABLING, DISABLING, UPDATING, ENABLED, DISABLED -> enabled ? ENABLED : DISABLED;
            case DELETING -> throw new IllegalStateException("a deleted mapping does not settle, it is removed");
        };
    }

    private BaristaException inUse(String uuid, String operation) {
        return new BaristaException(ErrorCode.RESOURCE_IN_USE, "The event source mapping " + uuid + " cannot be "
                + operation + " while it is " + awsName + ". Try again when it is Enabled or Disabled.");
    }
}
