package dev.barista.storage.sqlite;

import dev.barista.core.queue.QueueChange;
import dev.barista.core.queue.QueueSnapshot;
import dev.barista.core.queue.QueueStore;
import dev.barista.core.queue.StoredDeduplication;
import dev.barista.core.queue.StoredMessage;
import dev.barista.core.queue.StoredQueue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The {@link QueueStore} in the embedded SQLite {@link Database}: each {@link #apply} is one write transaction,
 * committed (fsynced) before it returns, however many changes it holds; the queue service groups concurrent
 * requests' changes into one call. Instants are kept to the millisecond. Thread-safe.
 */
public final class SqliteQueueStore implements QueueStore {
    private static final String MESSAGE_COLUMNS = "queue_name, message_id, sequence, body, message_attributes,"
            + " system_attributes, sent_at_epoch_millis, message_group_id, deduplication_id, visible_at_epoch_millis,"
            + " receive_count, first_received_at_epoch_millis, received_at_epoch_millis, receipt_token,"
            + " dead_letter_source_arn";

    /** Changes name up to 10 messages but for purges and expiry; a statement takes this many at most. */
    private static final int SEQUENCES_PER_STATEMENT = 100;

    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteQueueStore(Database database) {
        this.database = database;
    }

    @Override
    public QueueSnapshot load() {
        return database.read(connection -> new QueueSnapshot(
                Sql.query(connection, "SELECT name, fifo, attributes, tags, created_at_epoch_millis,"
                        + " last_modified_at_epoch_millis FROM queue ORDER BY name", SqliteQueueStore::queue),
                Sql.query(connection, "SELECT " + MESSAGE_COLUMNS + " FROM queue_message ORDER BY sequence",
                        SqliteQueueStore::message),
                Sql.query(connection, "SELECT queue_name, deduplication_key, message_id, sequence,"
                        + " expires_at_epoch_millis FROM queue_deduplication", row -> new StoredDeduplication(
                        row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        Instant.ofEpochMilli(row.getLong(5))))));
    }

    @Override
    public void apply(List<QueueChange> changes) {
        database.write(connection -> {
            try (QueueStatements statements = new QueueStatements(connection)) {
                for (QueueChange change : changes) {
                    apply(statements, change);
                }
            }
            return null;
        });
    }

    private static void apply(QueueStatements statements, QueueChange change) throws SQLException {
        switch (change) {
            case QueueChange.QueueCreated created -> {
                statements.run("INSERT OR REPLACE INTO queue (name, fifo, attributes, tags, created_at_epoch_millis,"
                        + " last_modified_at_epoch_millis) VALUES (?, ?, ?, ?, ?, ?)", queueRow(created.queue()));
                statements.forgetQueue(created.queue().name());
            }
            case QueueChange.QueueUpdated updated -> {
                StoredQueue queue = updated.queue();
                statements.run("UPDATE queue SET attributes = ?, tags = ?, last_modified_at_epoch_millis = ?"
                        + " WHERE name = ?", StringMapEncoding.encode(queue.attributes()),
                        StringMapEncoding.encode(queue.tags()), queue.lastModifiedAt().toEpochMilli(), queue.name());
            }
            case QueueChange.QueueDeleted deleted -> {
                statements.run("DELETE FROM queue WHERE name = ?", deleted.queueName());
                statements.forgetQueue(deleted.queueName());
            }
            case QueueChange.MessageSent sent -> {
                insertMessage(statements, sent.message());
                StoredDeduplication entry = sent.deduplication();
                if (entry != null && statements.queueExists(entry.queueName())) {
                    statements.run("INSERT OR REPLACE INTO queue_deduplication (queue_name, deduplication_key,"
                            + " message_id, sequence, expires_at_epoch_millis) VALUES (?, ?, ?, ?, ?)",
                            entry.queueName(), entry.key(), entry.messageId(), entry.sequence(),
                            entry.expiresAt().toEpochMilli());
                }
            }
            case QueueChange.MessagesReceived received -> {
                for (List<Long> sequences : chunks(received.sequences())) {
                    statements.run("UPDATE queue_message SET visible_at_epoch_millis = ?, receive_count ="
                            + " receive_count + 1, first_received_at_epoch_millis = coalesce("
                            + "first_received_at_epoch_millis, ?), received_at_epoch_millis = ?, receipt_token = ?"
                            + " WHERE sequence IN (" + placeholders(sequences.size()) + ") AND queue_name = ?",
                            parameters(sequences, received.queueName(), received.visibleAt().toEpochMilli(),
                                    received.receivedAt().toEpochMilli(), received.receivedAt().toEpochMilli(),
                                    received.receiptToken()));
                }
            }
            case QueueChange.VisibilityChanged changed -> statements.run("UPDATE queue_message SET"
                    + " visible_at_epoch_millis = ? WHERE sequence = ? AND queue_name = ?",
                    changed.visibleAt().toEpochMilli(), changed.sequence(), changed.queueName());
            case QueueChange.MessagesDeleted deleted -> {
                for (List<Long> sequences : chunks(deleted.sequences())) {
                    statements.run("DELETE FROM queue_message WHERE sequence IN (" + placeholders(sequences.size())
                            + ") AND queue_name = ?", parameters(sequences, deleted.queueName()));
                }
            }
            case QueueChange.MessageMoved moved -> {
                statements.run("DELETE FROM queue_message WHERE sequence = ? AND queue_name = ?",
                        moved.message().sequence(), moved.fromQueueName());
                insertMessage(statements, moved.message());
            }
            case QueueChange.DeduplicationsExpired expired -> statements.run("DELETE FROM queue_deduplication"
                    + " WHERE expires_at_epoch_millis <= ?", expired.before().toEpochMilli());
        }
    }

    /** Inserts a message if its queue exists (a change naming a queue deleted meanwhile changes nothing). */
    private static void insertMessage(QueueStatements statements, StoredMessage message) throws SQLException {
        if (!statements.queueExists(message.queueName())) {
            return;
        }
        statements.run("INSERT OR REPLACE INTO queue_message (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)", message.queueName(), message.messageId(), message.sequence(),
                message.body(), MessageAttributeEncoding.encode(message.messageAttributes()),
                MessageAttributeEncoding.encode(message.systemAttributes()), message.sentAt().toEpochMilli(),
                message.messageGroupId(), message.deduplicationId(), message.visibleAt().toEpochMilli(),
                message.receiveCount(), millis(message.firstReceivedAt()), millis(message.receivedAt()),
                message.receiptToken(), message.deadLetterSourceArn());
    }

    /** Sequences in chunks small enough for one statement's parameters. */
    private static List<List<Long>> chunks(List<Long> sequences) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int start = 0; start < sequences.size(); start += SEQUENCES_PER_STATEMENT) {
            chunks.add(sequences.subList(start, Math.min(sequences.size(), start + SEQUENCES_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return "?" + ", ?".repeat(count - 1);
    }

    /** The sequences, then the trailing parameters, in the order the statements above bind them. */
    private static Object[] parameters(List<Long> sequences, String queueName, Object... leading) {
        Object[] parameters = new Object[leading.length + sequences.size() + 1];
        System.arraycopy(leading, 0, parameters, 0, leading.length);
        for (int index = 0; index < sequences.size(); index++) {
            parameters[leading.length + index] = sequences.get(index);
        }
        parameters[parameters.length - 1] = queueName;
        return parameters;
    }

    private static Object[] queueRow(StoredQueue queue) {
        return new Object[] {queue.name(), queue.fifo() ? 1 : 0, StringMapEncoding.encode(queue.attributes()),
                StringMapEncoding.encode(queue.tags()), queue.createdAt().toEpochMilli(),
                queue.lastModifiedAt().toEpochMilli()};
    }

    private static StoredQueue queue(ResultSet row) throws SQLException {
        return new StoredQueue(row.getString(1), row.getInt(2) != 0, StringMapEncoding.decode(row.getString(3)),
                StringMapEncoding.decode(row.getString(4)), Instant.ofEpochMilli(row.getLong(5)),
                Instant.ofEpochMilli(row.getLong(6)));
    }

    private static StoredMessage message(ResultSet row) throws SQLException {
        return new StoredMessage(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                MessageAttributeEncoding.decode(row.getBytes(5)), MessageAttributeEncoding.decode(row.getBytes(6)),
                Instant.ofEpochMilli(row.getLong(7)), row.getString(8), row.getString(9),
                Instant.ofEpochMilli(row.getLong(10)), row.getInt(11), instant(row, 12), instant(row, 13),
                row.getString(14), row.getString(15));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /**
     * Prepared statements of one transaction, each prepared once however often it runs, and which queues exist,
     * each looked up once.
     */
    private static final class QueueStatements implements AutoCloseable {
        private final Connection connection;
        private final java.util.Map<String, java.sql.PreparedStatement> prepared = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> queues = new java.util.HashMap<>();

        QueueStatements(Connection connection) {
            this.connection = connection;
        }

        void run(String sql, Object... parameters) throws SQLException {
            java.sql.PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            Sql.bind(statement, parameters);
            statement.executeUpdate();
        }

        boolean queueExists(String name) throws SQLException {
            Boolean exists = queues.get(name);
            if (exists == null) {
                exists = Sql.queryFirst(connection, "SELECT 1 FROM queue WHERE name = ?", row -> true, name)
                        .isPresent();
                queues.put(name, exists);
            }
            return exists;
        }

        void forgetQueue(String name) {
            queues.remove(name);
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (java.sql.PreparedStatement statement : prepared.values()) {
                try {
                    statement.close();
                } catch (SQLException closeFailure) {
                    failure = closeFailure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
