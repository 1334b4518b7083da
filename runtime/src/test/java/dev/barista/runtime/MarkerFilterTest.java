package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerFilterTest {
    private static final byte[] SIGNATURE = "SIGNATURE-123456".getBytes(StandardCharsets.US_ASCII);

    private final List<Long> markers = new ArrayList<>();

    @Test
    void markersAreTakenOutWhereverTheyLand() throws IOException {
        byte[] stream = concat(text("hello "), MarkerFilter.marker(SIGNATURE, 1), text("wor"),
                MarkerFilter.marker(SIGNATURE, 2), text("ld"));

        assertThat(readAll(new ByteArrayInputStream(stream))).isEqualTo("hello world");
        assertThat(markers).containsExactly(1L, 2L);
    }

    @Test
    void aMarkerSplitAcrossReadsIsStillFound() throws IOException {
        byte[] stream = concat(text("a"), MarkerFilter.marker(SIGNATURE, 7), text("b"));

        assertThat(readAll(oneByteAtATime(new ByteArrayInputStream(stream)))).isEqualTo("ab");
        assertThat(markers).containsExactly(7L);
    }

    @Test
    void bytesThatOnlyBeginLikeTheSignatureArePassedThrough() throws IOException {
        String text = "SIGNATURE-12 and SIGNATURE-12345X and SIGNAL";

        assertThat(readAll(new ByteArrayInputStream(text(text)))).isEqualTo(text);
        assertThat(markers).isEmpty();
    }

    @Test
    void aMarkerIsReportedOnlyOnceTheBytesBeforeItWereRead() throws IOException {
        MarkerFilter filter = new MarkerFilter(new ByteArrayInputStream(concat(text("abcd"),
                MarkerFilter.marker(SIGNATURE, 3), text("e"))), SIGNATURE, markers::add);

        byte[] two = new byte[2];
        filter.read(two, 0, 2);
        assertThat(markers).isEmpty();
        filter.read(two, 0, 2);
        assertThat(markers).isEmpty();
        filter.read(two, 0, 2);
        assertThat(markers).containsExactly(3L);
    }

    @Test
    void readingNothingIsNotComingBackForMore() throws IOException {
        MarkerFilter filter = new MarkerFilter(new ByteArrayInputStream(concat(text("ab"),
                MarkerFilter.marker(SIGNATURE, 4))), SIGNATURE, markers::add);

        filter.readNBytes(2);
        assertThat(markers).isEmpty();
        assertThat(filter.read(new byte[1], 0, 1)).isEqualTo(-1);
        assertThat(markers).containsExactly(4L);
    }

    @Test
    void theStopMarkerEndsTheStream() throws IOException {
        byte[] stream = concat(text("kept"), MarkerFilter.marker(SIGNATURE, MarkerFilter.STOP), text("never"));

        assertThat(readAll(new ByteArrayInputStream(stream))).isEqualTo("kept");
        assertThat(markers).isEmpty();
    }

    private String readAll(InputStream input) throws IOException {
        MarkerFilter filter = new MarkerFilter(input, SIGNATURE, markers::add);
        return new String(filter.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static InputStream oneByteAtATime(InputStream input) {
        return new FilterInputStream(input) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
