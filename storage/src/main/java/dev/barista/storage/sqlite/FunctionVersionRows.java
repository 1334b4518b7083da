package dev.barista.storage.sqlite;

import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.Function;

/** Maps a {@link FunctionConfiguration} to a row of {@code function_version} and back. */
final class FunctionVersionRows {
    /** Every column, in the order {@link #bind} binds them and {@link #read} reads them. */
    static final String COLUMNS = "function_name, version_number, runtime, role, handler, description,"
            + " timeout_seconds, memory_size_megabytes, ephemeral_storage_megabytes, environment, architecture,"
            + " code_sha256_base64, code_size_bytes, code_unzipped_size_bytes, last_modified_epoch_millis,"
            + " revision_id, state, last_update_status, dead_letter_target_arn, "
            + FunctionSettingsColumns.COLUMNS;
    static final int COLUMN_COUNT = 19 + FunctionSettingsColumns.COLUMN_COUNT;
    static final String PLACEHOLDERS = String.join(", ", Collections.nCopies(COLUMN_COUNT, "?"));

    private FunctionVersionRows() {
    }

    /** The value of every column, in the order of {@link #COLUMNS}. Instants are kept to the millisecond. */
    static Object[] values(FunctionConfiguration configuration, long versionNumber) {
        Object[] settings = FunctionSettingsColumns.values(configuration.settings());
        Object[] values = new Object[] {
            configuration.functionName(),
            versionNumber,
            configuration.runtime().identifier(),
            configuration.role(),
            configuration.handler(),
            configuration.description(),
            configuration.timeoutSeconds(),
            configuration.memorySizeMegabytes(),
            configuration.ephemeralStorageMegabytes(),
            StringMapEncoding.encode(configuration.environment()),
            configuration.architecture().identifier(),
            configuration.code().sha256Base64(),
            configuration.code().sizeBytes(),
            configuration.code().unzippedSizeBytes(),
            configuration.lastModified().toEpochMilli(),
            configuration.revisionId(),
            configuration.state().wireName(),
            configuration.lastUpdateStatus().wireName(),
            configuration.deadLetterTargetArn()
        };
        Object[] all = Arrays.copyOf(values, COLUMN_COUNT);
        System.arraycopy(settings, 0, all, values.length, settings.length);
        return all;
    }

    /** Reads a row selected with {@link #COLUMNS}. */
    static FunctionConfiguration read(ResultSet row) throws SQLException {
        var runtime = row.getString(3);
        var architecture = row.getString(11);
        return new FunctionConfiguration(
                row.getString(1),
                VersionNumbers.name(row.getLong(2)),
                Runtime.fromIdentifier(runtime).orElseThrow(() -> unknown(runtime)),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getInt(7),
                row.getInt(8),
                row.getInt(9),
                StringMapEncoding.decode(row.getString(10)),
                Architecture.fromIdentifier(architecture).orElseThrow(() -> unknown(architecture)),
                new CodeArtifact(row.getString(12), row.getLong(13), row.getLong(14)),
                Instant.ofEpochMilli(row.getLong(15)),
                row.getString(16),
                byWireName(FunctionState.values(), FunctionState::wireName, row.getString(17)),
                byWireName(LastUpdateStatus.values(), LastUpdateStatus::wireName, row.getString(18)),
                row.getString(19),
                FunctionSettingsColumns.read(row, 20));
    }

    private static <E> E byWireName(E[] values, Function<E, String> wireName, String text) {
        return Arrays.stream(values).filter(value -> wireName.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> unknown(text));
    }

    private static IllegalStateException unknown(String value) {
        return new IllegalStateException("Unknown value in function_version: " + value);
    }
}
