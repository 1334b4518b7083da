package dev.barista.storage.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One numbered schema change, read from the resource {@code db/migration/V<version>__<description>.sql}.
 *
 * @param checksum the CRC-32 of the script, recorded to notice a script edited after it was applied
 */
record Migration(int version, String description, String script, long checksum) {
    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    static Migration load(String fileName) {
        return load("db/migration", fileName);
    }

    /** Loads {@code /<resourceDirectory>/<fileName>}: a database other than {@code barista.db} has its own. */
    static Migration load(String resourceDirectory, String fileName) {
        var matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a migration file name: " + fileName);
        }
        var resource = "/" + resourceDirectory + "/" + fileName;
        try (var input = Migration.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalArgumentException("Missing migration resource: " + resource);
            }
            var bytes = input.readAllBytes();
            var crc = new CRC32();
            crc.update(bytes);
            return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2),
                    new String(bytes, StandardCharsets.UTF_8), crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * The script's statements, without comment lines. A statement ends with a semicolon at the end of a line, so
     * scripts hold no triggers (whose bodies contain such semicolons).
     */
    List<String> statements() {
        var withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (text, line) -> text + line + "\n");
        return Arrays.stream(STATEMENT_END.split(withoutComments)).map(String::strip)
                .filter(statement -> !statement.isEmpty()).toList();
    }
}
