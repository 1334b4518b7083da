package dev.barista.server.cost;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code from} or {@code to} of a cost report as people write it: an ISO-8601 instant
 * ({@code 2026-11-01T00:00:00Z}) or a date ({@code 2026-11-01}, UTC). A date as {@code from} is the start of that
 * day; as {@code to}, the end of it: {@code --from 2026-11-01 --to 2026-11-30} is all of November.
 */
final class PeriodBound {

    private PeriodBound() {
    }

    static Optional<Instant> from(String text) {
        return parse(text, "from", false);
    }

    static Optional<Instant> to(String text) {
        return parse(text, "to", true);
    }

    private static Optional<Instant> parse(String text, String name, boolean end) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of((end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("'" + name + "' must be a date (2026-11-01) or an ISO-8601 instant"
                    + " (2026-11-01T00:00:00Z), not '" + text + "'.");
        }
    }
}
