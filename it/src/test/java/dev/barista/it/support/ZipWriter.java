package dev.barista.it.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives in memory with Unix file modes in each entry's external attributes, which
 * {@link java.util.zip.ZipOutputStream} cannot set and which a {@code bootstrap} needs to be executable.
 * Entries are deflated; the archive is plain zip (no zip64), as {@code zip -r} would write it on Unix.
 * Not thread safe.
 */
public final class ZipWriter {
    private static final int VERSION = 20;
    private static final int MADE_BY_UNIX = 3 << 8 | VERSION;
    private static final int UTF8_NAMES = 0x0800;
    private static final int DEFLATED = 8;
    private static final int REGULAR_FILE = 0100000;
    /** 2024-01-01 00:00 in MS-DOS format, so that equal content gives equal bytes (and equal CodeSha256). */
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (2024 - 1980) << 9 | 1 << 5 | 1;

    private final ByteArrayOutputStream archive = new ByteArrayOutputStream();
    private final ByteArrayOutputStream centralDirectory = new ByteArrayOutputStream();
    private final List<String> names = new ArrayList<>();

    public ZipWriter file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    public ZipWriter executable(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), 0755);
    }

    public ZipWriter file(String path, byte[] content, int mode) {
        CRC32 crc = new CRC32();
        crc.update(content);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        return entry(path, mode, crc.getValue(), content.length, drain(deflater));
    }

    /** A file of {@code size} zero bytes, deflated as it is generated (for packages too large to unzip). */
    public ZipWriter zeros(String path, long size) {
        CRC32 crc = new CRC32();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] chunk = new byte[1 << 20];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (long written = 0; written < size; written += chunk.length) {
            int length = (int) Math.min(chunk.length, size - written);
            crc.update(chunk, 0, length);
            deflater.setInput(chunk, 0, length);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        compressed.writeBytes(drain(deflater));
        return entry(path, 0644, crc.getValue(), size, compressed.toByteArray());
    }

    public byte[] toByteArray() {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.writeBytes(archive.toByteArray());
        result.writeBytes(centralDirectory.toByteArray());
        writeInt(result, 0x06054b50);
        writeShort(result, 0);
        writeShort(result, 0);
        writeShort(result, names.size());
        writeShort(result, names.size());
        writeInt(result, centralDirectory.size());
        writeInt(result, archive.size());
        writeShort(result, 0);
        return result.toByteArray();
    }

    private ZipWriter entry(String path, int mode, long crc, long size, byte[] compressed) {
        if (names.contains(path)) {
            throw new IllegalArgumentException("duplicate entry " + path);
        }
        names.add(path);
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        int offset = archive.size();

        writeInt(archive, 0x04034b50);
        writeShort(archive, VERSION);
        writeCommon(archive, crc, size, compressed.length, name.length);
        archive.writeBytes(name);
        archive.writeBytes(compressed);

        writeInt(centralDirectory, 0x02014b50);
        writeShort(centralDirectory, MADE_BY_UNIX);
        writeShort(centralDirectory, VERSION);
        writeCommon(centralDirectory, crc, size, compressed.length, name.length);
        writeShort(centralDirectory, 0); // comment length
        writeShort(centralDirectory, 0); // disk number
        writeShort(centralDirectory, 0); // internal attributes
        writeInt(centralDirectory, (REGULAR_FILE | mode) << 16);
        writeInt(centralDirectory, offset);
        centralDirectory.writeBytes(name);
        return this;
    }

    private static void writeCommon(ByteArrayOutputStream out, long crc, long size, int compressedSize, int nameLength) {
        writeShort(out, UTF8_NAMES);
        writeShort(out, DEFLATED);
        writeShort(out, DOS_TIME);
        writeShort(out, DOS_DATE);
        writeInt(out, (int) crc);
        writeInt(out, compressedSize);
        writeInt(out, (int) size);
        writeShort(out, nameLength);
        writeShort(out, 0); // extra field length
    }

    private static byte[] drain(Deflater deflater) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >>> 8 & 0xff);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        writeShort(out, value & 0xffff);
        writeShort(out, value >>> 16 & 0xffff);
    }
}
