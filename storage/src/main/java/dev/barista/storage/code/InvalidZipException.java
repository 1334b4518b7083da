package dev.barista.storage.code;

/**
 * The bytes are not a zip Barista accepts (malformed, encrypted, or escaping the code directory). Checked, so that
 * the extraction code must decide at each step; {@link FileCodeStore} turns it into the caller's error.
 */
final class InvalidZipException extends Exception {

    InvalidZipException(String message) {
        super(message);
    }
}
