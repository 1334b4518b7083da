package dev.barista.storage.sqlite;

import dev.barista.core.logs.IndexQuery;
import java.util.stream.Collectors;

/** An {@link IndexQuery} in SQLite FTS5's query syntax: words quoted (so none is an operator), AND, OR, parentheses. */
final class FullTextQuery {
    private FullTextQuery() {
    }

    /** The MATCH expression, or null when the query constrains nothing. */
    static String of(IndexQuery query) {
        return switch (query) {
            case IndexQuery.Unconstrained unconstrained -> null;
            case IndexQuery.Word word -> "\"" + word.text().replace("\"", "\"\"") + "\"";
            case IndexQuery.AllOf all -> all.parts().stream().map(FullTextQuery::of)
                    .collect(Collectors.joining(" AND ", "(", ")"));
            case IndexQuery.AnyOf any -> any.parts().stream().map(FullTextQuery::of)
                    .collect(Collectors.joining(" OR ", "(", ")"));
        };
    }
}
