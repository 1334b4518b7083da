package dev.barista.http;

import java.util.List;

/**
 * The head of one HTTP/1.1 request: its method, its target as sent, its header fields in the order and case sent.
 *
 * @param target the request target exactly as sent (origin form: a path, perhaps with {@code ?query})
 * @param fields every header field, repeated ones included
 * @param keepAlive whether the connection stays open after the answer (HTTP/1.1 unless {@code Connection: close})
 */
public record RequestHead(String method, String target, List<HeaderField> fields, boolean keepAlive) {

    public RequestHead {
        fields = List.copyOf(fields);
    }

    /** The first value of a header, or null; the name in any case. */
    public String header(String name) {
        for (HeaderField field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field.value();
            }
        }
        return null;
    }

    /** Whether the client waits for {@code 100 Continue} before it sends the body. */
    public boolean expectsContinue() {
        String expect = header("expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    /** The target's path, still percent-encoded, without the query. */
    public String path() {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question);
    }

    /** The target's query without {@code ?}, still percent-encoded; empty when there is none. */
    public String query() {
        int question = target.indexOf('?');
        return question < 0 ? "" : target.substring(question + 1);
    }
}
