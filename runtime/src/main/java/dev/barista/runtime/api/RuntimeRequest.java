package dev.barista.runtime.api;

import java.util.Map;

/**
 * The head of one HTTP/1.1 request a runtime sent to its Runtime API.
 *
 * @param headers by lower-case name; a repeated header keeps its first value
 * @param keepAlive whether the connection stays open after the answer (HTTP/1.1 unless {@code Connection: close})
 */
record RuntimeRequest(String method, String path, Map<String, String> headers, boolean keepAlive) {

    /** A header's value, or null; {@code name} in lower case. */
    String header(String name) {
        return headers.get(name);
    }

    /** Whether the client waits for {@code 100 Continue} before it sends the body (curl does for large bodies). */
    boolean expectsContinue() {
        String expect = headers.get("expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }
}
