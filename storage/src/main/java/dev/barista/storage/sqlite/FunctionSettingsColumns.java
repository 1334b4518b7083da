package dev.barista.storage.sqlite;

import dev.barista.core.function.FileSystemMount;
import dev.barista.core.function.FunctionSettings;
import dev.barista.core.function.LogFormat;
import dev.barista.core.function.LogLevel;
import dev.barista.core.function.LoggingSettings;
import dev.barista.core.function.SnapStartApplyOn;
import dev.barista.core.function.TracingMode;
import dev.barista.core.function.VpcSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of {@code function_version} that hold a version's {@link FunctionSettings} (migration V8). Lists are
 * kept in {@link StringMapEncoding} with zero-padded indexes as keys, so that key order is list order.
 */
final class FunctionSettingsColumns {
    static final String COLUMNS = "tracing_mode, log_format, application_log_level, system_log_level, log_group,"
            + " kms_key_arn, vpc_config, file_system_configs, snap_start_apply_on";
    static final int COLUMN_COUNT = 9;

    private FunctionSettingsColumns() {
    }

    static Object[] values(FunctionSettings settings) {
        LoggingSettings logging = settings.logging();
        return new Object[] {
            settings.tracingMode().wireName(),
            logging.format().wireName(),
            logging.applicationLogLevel() == null ? null : logging.applicationLogLevel().name(),
            logging.systemLogLevel() == null ? null : logging.systemLogLevel().name(),
            logging.logGroup(),
            settings.kmsKeyArn(),
            settings.vpc() == null ? null : StringMapEncoding.encode(vpc(settings.vpc())),
            StringMapEncoding.encode(fileSystems(settings.fileSystems())),
            settings.snapStartApplyOn().wireName()
        };
    }

    /** Reads the settings from {@code row}, whose column {@code first} is {@code tracing_mode}. */
    static FunctionSettings read(ResultSet row, int first) throws SQLException {
        LoggingSettings logging = new LoggingSettings(known(LogFormat.fromWireName(row.getString(first + 1))),
                level(row.getString(first + 2)), level(row.getString(first + 3)), row.getString(first + 4));
        String vpc = row.getString(first + 6);
        return new FunctionSettings(known(TracingMode.fromWireName(row.getString(first))), logging,
                row.getString(first + 5), vpc == null ? null : vpc(StringMapEncoding.decode(vpc)),
                fileSystems(StringMapEncoding.decode(row.getString(first + 7))),
                known(SnapStartApplyOn.fromWireName(row.getString(first + 8))));
    }

    private static Map<String, String> vpc(VpcSettings vpc) {
        Map<String, String> entries = new HashMap<>();
        putList(entries, "subnet.", vpc.subnetIds());
        putList(entries, "securityGroup.", vpc.securityGroupIds());
        entries.put("ipv6AllowedForDualStack", Boolean.toString(vpc.ipv6AllowedForDualStack()));
        return entries;
    }

    private static VpcSettings vpc(Map<String, String> entries) {
        return new VpcSettings(list(entries, "subnet."), list(entries, "securityGroup."),
                Boolean.parseBoolean(entries.get("ipv6AllowedForDualStack")));
    }

    private static Map<String, String> fileSystems(List<FileSystemMount> mounts) {
        Map<String, String> entries = new HashMap<>();
        putList(entries, "arn.", mounts.stream().map(FileSystemMount::arn).toList());
        putList(entries, "localMountPath.", mounts.stream().map(FileSystemMount::localMountPath).toList());
        return entries;
    }

    private static List<FileSystemMount> fileSystems(Map<String, String> entries) {
        List<String> arns = list(entries, "arn.");
        List<String> paths = list(entries, "localMountPath.");
        List<FileSystemMount> mounts = new ArrayList<>();
        for (int index = 0; index < arns.size(); index++) {
            mounts.add(new FileSystemMount(arns.get(index), paths.get(index)));
        }
        return mounts;
    }

    private static void putList(Map<String, String> entries, String prefix, List<String> items) {
        for (int index = 0; index < items.size(); index++) {
            entries.put(prefix + "%04d".formatted(index), items.get(index));
        }
    }

    private static List<String> list(Map<String, String> entries, String prefix) {
        return entries.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    private static LogLevel level(String text) {
        return text == null ? null : known(LogLevel.fromWireName(text));
    }

    private static <E> E known(Optional<E> value) {
        return value.orElseThrow(() -> new IllegalStateException("Unknown setting in function_version"));
    }
}
