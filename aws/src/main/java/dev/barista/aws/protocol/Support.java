package dev.barista.aws.protocol;

/** Whether Barista implements an AWS operation; one that it does not answers 501 {@code NotImplemented}. */
public enum Support {
    IMPLEMENTED,
    NOT_IMPLEMENTED
}
