package dev.barista.storage.code;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zips with stored entries and the Unix modes that {@link java.util.zip.ZipOutputStream} cannot set, and with
 * any name at all, so that tests can build packages a real tool would make and packages an attacker would.
 */
final class ZipBuilder {
    private static final int MADE_ON_UNIX = 3 << 8 | 20;
    private static final int MADE_ON_DOS = 20;

    private record Item(String name, byte[] content, int unixMode, boolean unix) {
    }

    private final List<Item> items = new ArrayList<>();
    private short flags = 0x0800;

    ZipBuilder file(String name, String content, int permissions) {
        items.add(new Item(name, bytes(content), 0100000 | permissions, true));
        return this;
    }

    /** A file from a zip made on a system without Unix modes. */
    ZipBuilder fileWithoutMode(String name, String content) {
        items.add(new Item(name, bytes(content), 0, false));
        return this;
    }

    ZipBuilder directory(String name) {
        items.add(new Item(name, new byte[0], 040755, true));
        return this;
    }

    ZipBuilder symbolicLink(String name, String target) {
        items.add(new Item(name, bytes(target), 0120777, true));
        return this;
    }

    /** Marks every entry encrypted (general purpose flag bit 0), without encrypting anything. */
    ZipBuilder encrypted() {
        flags |= 1;
        return this;
    }

    byte[] build() {
        var output = new ByteArrayOutputStream();
        var offsets = new ArrayList<Integer>();
        for (var item : items) {
            offsets.add(output.size());
            var name = bytes(item.name());
            var header = buffer(30).putInt(0x04034b50).putShort((short) 20).putShort(flags)
                    .putShort((short) 0).putInt(0).putInt(crc(item.content())).putInt(item.content().length)
                    .putInt(item.content().length).putShort((short) name.length).putShort((short) 0);
            output.writeBytes(header.array());
            output.writeBytes(name);
            output.writeBytes(item.content());
        }
        int directoryStart = output.size();
        for (int index = 0; index < items.size(); index++) {
            var item = items.get(index);
            var name = bytes(item.name());
            var entry = buffer(46).putInt(0x02014b50).putShort((short) (item.unix() ? MADE_ON_UNIX : MADE_ON_DOS))
                    .putShort((short) 20).putShort(flags).putShort((short) 0).putInt(0)
                    .putInt(crc(item.content())).putInt(item.content().length).putInt(item.content().length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(item.unixMode() << 16).putInt(offsets.get(index));
            output.writeBytes(entry.array());
            output.writeBytes(name);
        }
        int directorySize = output.size() - directoryStart;
        var end = buffer(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) items.size()).putShort((short) items.size()).putInt(directorySize)
                .putInt(directoryStart).putShort((short) 0);
        output.writeBytes(end.array());
        return output.toByteArray();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int crc(byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return (int) crc.getValue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
