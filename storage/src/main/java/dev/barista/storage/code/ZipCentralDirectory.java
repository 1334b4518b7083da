package dev.barista.storage.code;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the central directory of a zip for what {@link java.util.zip.ZipFile} does not expose: the Unix mode kept
 * in each entry's external attributes, and whether the entry is encrypted. Handles zip64 and data prepended to
 * the archive. Names are decoded as UTF-8, as {@code ZipFile} decodes them by default.
 */
final class ZipCentralDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_SIZE = 46;
    private static final int HOST_UNIX = 3;
    private static final int HOST_MACOS = 19;

    /**
     * One entry of the central directory.
     *
     * @param unixMode the Unix mode (type and permission bits), or 0 when the zip was made on another system
     */
    record Entry(String name, boolean encrypted, int unixMode) {
    }

    private ZipCentralDirectory() {
    }

    /** The entries in directory order; throws {@link InvalidZipException} if the bytes are not a readable zip. */
    static List<Entry> read(ByteBuffer zip) throws InvalidZipException {
        var buffer = zip.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        try {
            return readEntries(buffer);
        } catch (IndexOutOfBoundsException | CharacterCodingException | ArithmeticException malformed) {
            throw new InvalidZipException("Malformed central directory: " + malformed);
        }
    }

    private static List<Entry> readEntries(ByteBuffer zip) throws InvalidZipException, CharacterCodingException {
        int end = findEnd(zip);
        long entryCount = unsignedShort(zip, end + 10);
        long directorySize = unsignedInt(zip, end + 12);
        // Measured back from the end record rather than taken from the stored offset, so a prefix does not matter.
        long directoryStart = end - directorySize;
        int locator = end - ZIP64_LOCATOR_SIZE;
        if (locator >= 0 && zip.getInt(locator) == ZIP64_LOCATOR_SIGNATURE) {
            int zip64End = Math.toIntExact(zip.getLong(locator + 8));
            if (zip.getInt(zip64End) != ZIP64_END_SIGNATURE) {
                throw new InvalidZipException("No zip64 end of central directory record");
            }
            entryCount = zip.getLong(zip64End + 32);
            directorySize = zip.getLong(zip64End + 40);
            directoryStart = zip64End - directorySize;
        }
        if (directoryStart < 0 || entryCount < 0 || entryCount > directorySize / ENTRY_SIZE) {
            throw new InvalidZipException("Inconsistent end of central directory record");
        }
        var entries = new ArrayList<Entry>((int) entryCount);
        int position = Math.toIntExact(directoryStart);
        for (long index = 0; index < entryCount; index++) {
            if (zip.getInt(position) != ENTRY_SIGNATURE) {
                throw new InvalidZipException("Bad central directory entry at " + position);
            }
            int host = unsignedShort(zip, position + 4) >>> 8;
            int flags = unsignedShort(zip, position + 8);
            int nameLength = unsignedShort(zip, position + 28);
            int extraLength = unsignedShort(zip, position + 30);
            int commentLength = unsignedShort(zip, position + 32);
            long externalAttributes = unsignedInt(zip, position + 38);
            var name = utf8(zip, position + ENTRY_SIZE, nameLength);
            int unixMode = host == HOST_UNIX || host == HOST_MACOS ? (int) (externalAttributes >>> 16) : 0;
            entries.add(new Entry(name, (flags & 1) != 0, unixMode));
            position += ENTRY_SIZE + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** The position of the end of central directory record: the last one whose comment ends the file. */
    private static int findEnd(ByteBuffer zip) throws InvalidZipException {
        int lowest = Math.max(0, zip.limit() - END_SIZE - 0xFFFF);
        for (int position = zip.limit() - END_SIZE; position >= lowest; position--) {
            if (zip.getInt(position) == END_SIGNATURE
                    && position + END_SIZE + unsignedShort(zip, position + 20) == zip.limit()) {
                return position;
            }
        }
        throw new InvalidZipException("No end of central directory record");
    }

    private static String utf8(ByteBuffer zip, int position, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(zip.slice(position, length)).toString();
    }

    private static int unsignedShort(ByteBuffer zip, int position) {
        return Short.toUnsignedInt(zip.getShort(position));
    }

    private static long unsignedInt(ByteBuffer zip, int position) {
        return Integer.toUnsignedLong(zip.getInt(position));
    }
}
