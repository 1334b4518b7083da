package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.logs.EventPosition;
import dev.barista.core.logs.FilterPattern;
import dev.barista.core.logs.FilterQuery;
import dev.barista.core.logs.FilterResult;
import dev.barista.core.logs.LogBatch;
import dev.barista.core.logs.NewLogEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the SQLite store bounds one FilterLogEvents call: what the contract leaves to each store. */
class SqliteLogSearchTest {
    private static final long T0 = 1_790_000_000_000L;

    @TempDir
    Path dataDirectory;
    private Database database;
    private SqliteLogStore store;

    @BeforeEach
    void open() {
        database = SqliteLogStore.open(dataDirectory);
        store = new SqliteLogStore(database);
        int total = LogChunkReads.SCAN_BUDGET + 20_000;
        store.append(List.of(new LogBatch("app", "s1", IntStream.range(0, total)
                .mapToObj(index -> new NewLogEvent(T0 + index / 100, index == total - 1 ? "last NEEDLE" : "line "
                        + index)).toList(), true)), T0);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSearchTheIndexCannotNarrowStopsAfterItsBudgetAndResumes() {
        FilterPattern nothingMatches = FilterPattern.parse("{ $.level NOT EXISTS }");

        FilterResult first = store.filter("app", query(EventPosition.before(0), nothingMatches));
        FilterResult second = store.filter("app", query(first.resumeAfter(), nothingMatches));

        assertThat(first.events()).isEmpty();
        assertThat(first.resumeAfter()).isNotNull();
        assertThat(second.events()).isEmpty();
        assertThat(second.resumeAfter()).isNull();
    }

    @Test
    void aSelectiveWordIsFoundThroughTheIndexInOneCall() {
        FilterResult result = store.filter("app", query(EventPosition.before(0), FilterPattern.parse("NEEDLE")));

        assertThat(result.events()).extracting(event -> event.message()).containsExactly("last NEEDLE");
        assertThat(result.resumeAfter()).isNull();
    }

    private static FilterQuery query(EventPosition after, FilterPattern pattern) {
        return new FilterQuery(null, null, after, EventPosition.after(Long.MAX_VALUE), pattern, 10_000, 1_048_576);
    }
}
