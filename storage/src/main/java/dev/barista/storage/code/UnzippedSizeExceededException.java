package dev.barista.storage.code;

/** A package whose extracted size would exceed the limit; {@link FileCodeStore} turns it into the caller's error. */
final class UnzippedSizeExceededException extends Exception {

    UnzippedSizeExceededException(long maximumUnzippedBytes) {
        super("Unzipped size must be smaller than " + maximumUnzippedBytes + " bytes");
    }
}
