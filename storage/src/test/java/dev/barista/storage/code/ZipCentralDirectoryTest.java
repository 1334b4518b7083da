package dev.barista.storage.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipCentralDirectoryTest {

    @Test
    void entriesComeWithTheirUnixModesInDirectoryOrder() throws InvalidZipException {
        var zip = new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).directory("lib/")
                .symbolicLink("lib/current", "v1").fileWithoutMode("README", "read me").build();

        assertThat(ZipCentralDirectory.read(ByteBuffer.wrap(zip))).containsExactly(
                new ZipCentralDirectory.Entry("bootstrap", false, 0100755),
                new ZipCentralDirectory.Entry("lib/", false, 040755),
                new ZipCentralDirectory.Entry("lib/current", false, 0120777),
                new ZipCentralDirectory.Entry("README", false, 0));
    }

    @Test
    void encryptedEntriesAreMarked() throws InvalidZipException {
        var zip = new ZipBuilder().file("secret", "x", 0644).encrypted().build();

        assertThat(ZipCentralDirectory.read(ByteBuffer.wrap(zip))).singleElement()
                .satisfies(entry -> assertThat(entry.encrypted()).isTrue());
    }

    @Test
    void bytesBeforeTheArchiveAreSkipped() throws InvalidZipException {
        var zip = new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).build();
        var prefixed = ByteBuffer.allocate(zip.length + 100).put(new byte[100]).put(zip).flip();

        assertThat(ZipCentralDirectory.read(prefixed)).extracting(ZipCentralDirectory.Entry::name)
                .containsExactly("bootstrap");
    }

    @Test
    void aZip64ArchiveIsRead() throws IOException, InvalidZipException {
        // Over 65535 entries, java.util.zip writes the zip64 end of central directory records.
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int number = 0; number < 65_540; number++) {
                zip.putNextEntry(new ZipEntry(Integer.toString(number)));
            }
        }

        var entries = ZipCentralDirectory.read(ByteBuffer.wrap(bytes.toByteArray()));

        assertThat(entries).hasSize(65_540);
        assertThat(entries.getLast().name()).isEqualTo("65539");
    }

    @Test
    void bytesWithoutAnEndRecordAreInvalid() {
        assertThatThrownBy(() -> ZipCentralDirectory.read(ByteBuffer.wrap("PK not a zip".getBytes())))
                .isInstanceOf(InvalidZipException.class);
    }

    @Test
    void anEndRecordPointingPastTheDataIsInvalid() {
        var zip = new ZipBuilder().file("bootstrap", "#!/bin/sh", 0755).build();
        zip[zip.length - 22 + 10] = 9;

        assertThatThrownBy(() -> ZipCentralDirectory.read(ByteBuffer.wrap(zip)))
                .isInstanceOf(InvalidZipException.class);
    }
}
