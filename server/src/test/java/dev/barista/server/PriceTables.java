package dev.barista.server;

import dev.barista.core.cost.PriceTable;

/** The built-in price table, for tests outside this package. */
public final class PriceTables {

    private PriceTables() {
    }

    public static PriceTable builtIn() {
        return PriceTableFile.builtIn();
    }
}
