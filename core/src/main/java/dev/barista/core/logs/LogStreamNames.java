package dev.barista.core.logs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Lambda's log stream names: {@code YYYY/MM/DD/[version]<environment id>}. */
public final class LogStreamNames {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private LogStreamNames() {
    }

    public static String of(Instant created, String version, String environmentId) {
        return DAY.format(created) + "/[" + version + "]" + environmentId;
    }
}
