package dev.barista.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 by hand on a raw socket, for the wire tests of Barista's servers (shared through the test jar). */
public final class RawHttp {
    private RawHttp() {
    }

    /** A connection to {@code host:port} whose reads give up after 10 s. */
    public static Socket connect(String host, int port) throws IOException {
        Socket socket = new Socket(host, port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    public static void send(Socket socket, String text) throws IOException {
        OutputStream output = socket.getOutputStream();
        output.write(text.getBytes(StandardCharsets.ISO_8859_1));
        output.flush();
    }

    /** One response's head, up to and with its empty line; what was read if the connection ended first. */
    public static String head(Socket socket) throws IOException {
        InputStream input = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = input.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** One response: head and a body of its Content-Length (none without one). */
    public static String response(Socket socket) throws IOException {
        String head = head(socket);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return head + new String(socket.getInputStream().readNBytes(length), StandardCharsets.UTF_8);
    }
}
