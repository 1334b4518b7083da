package dev.barista.core.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every price the cost report uses, as of a date, with where it came from. Barista ships one and a user can
 * replace it: no price lives in code.
 *
 * @param retrieved when the prices were read from their sources
 * @param sources where they were read (URLs)
 * @param notes what a reader of the report must know about them (estimates, assumptions), in the table's words
 */
public record PriceTable(String region, String currency, LocalDate retrieved, List<String> sources,
                         List<String> notes, LambdaPrices lambda, Ec2Prices ec2) {
    public PriceTable {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(retrieved, "retrieved");
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(ec2, "ec2");
    }
}
