package dev.barista.storage.sqlite;

import dev.barista.core.function.Alias;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Maps an {@link Alias} to a row of {@code alias} and back; weights are encoded with {@link StringMapEncoding}. */
final class AliasRows {
    /** Every column, in the order {@link #values} gives them and {@link #read} reads them. */
    static final String COLUMNS = "function_name, name, function_version, description, additional_version_weights,"
            + " revision_id";

    private AliasRows() {
    }

    static Object[] values(Alias alias) {
        var weights = new HashMap<String, String>();
        // Double.toString and Double.parseDouble round-trip every double exactly.
        alias.additionalVersionWeights().forEach((version, weight) -> weights.put(version, Double.toString(weight)));
        return new Object[] {alias.functionName(), alias.name(), alias.functionVersion(), alias.description(),
            StringMapEncoding.encode(weights), alias.revisionId()};
    }

    static Alias read(ResultSet row) throws SQLException {
        var weights = new HashMap<String, Double>();
        StringMapEncoding.decode(row.getString(5))
                .forEach((version, weight) -> weights.put(version, Double.parseDouble(weight)));
        return new Alias(row.getString(1), row.getString(2), row.getString(3), row.getString(4), Map.copyOf(weights),
                row.getString(6));
    }
}
