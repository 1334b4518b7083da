package dev.barista.aws;

import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Smithy's {@code requestCompression}: the SDKs gzip large bodies of some operations (CloudWatch's PutMetricData)
 * and say so in {@code Content-Encoding}. This undoes it before any protocol reads the body.
 */
final class ContentEncodings {
    /** Far above any body an AWS operation accepts; a larger expansion is refused, not held in memory. */
    static final int MAXIMUM_DECODED_BYTES = 100 * 1024 * 1024;

    private ContentEncodings() {
    }

    /**
     * The request with its body decoded and {@code gzip} removed from {@code Content-Encoding}; the request itself
     * when it is not compressed.
     *
     * @throws IllegalArgumentException when the body is not gzip or expands beyond the limit
     */
    static HttpRequest decoded(HttpRequest request) {
        String encoding = request.headers().first("Content-Encoding");
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            return request;
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Encoding")) {
                headers.add(name, value);
            }
        });
        return new HttpRequest(request.method(), request.rawPath(), request.rawQuery(), headers.build(),
                gunzip(request.body()));
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream input = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream output = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                if (output.size() + read > MAXIMUM_DECODED_BYTES) {
                    throw new IllegalArgumentException("the gzip body expands beyond " + MAXIMUM_DECODED_BYTES
                            + " bytes");
                }
                output.write(buffer, 0, read);
            }
            return output.toByteArray();
        } catch (IOException malformed) {
            throw new IllegalArgumentException("the body is not gzip: " + malformed.getMessage(), malformed);
        }
    }
}
