package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/** {@code SnapStart.ApplyOn}: which versions Lambda snapshots. Barista stores it and never snapshots. */
public enum SnapStartApplyOn {
    PUBLISHED_VERSIONS("PublishedVersions"),
    NONE("None");

    private final String wireName;

    SnapStartApplyOn(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SnapStartApplyOn> fromWireName(String text) {
        return Arrays.stream(values()).filter(applyOn -> applyOn.wireName.equals(text)).findFirst();
    }
}
