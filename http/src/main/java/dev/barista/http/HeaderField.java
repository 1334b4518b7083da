package dev.barista.http;

/** One HTTP header field, its name in the case it was sent or is to be sent in. */
public record HeaderField(String name, String value) {
}
