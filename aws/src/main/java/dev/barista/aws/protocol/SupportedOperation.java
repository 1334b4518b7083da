package dev.barista.aws.protocol;

/**
 * An operation of an AWS service as the supported-operations tables list it: its name, its API reference page,
 * and whether Barista implements it (the others answer 501 {@code NotImplemented}, docs/adr/0002).
 */
public interface SupportedOperation {

    /** The operation's name in the AWS API, such as {@code SendMessage}. */
    String operationName();

    /** The operation's page in the service's API reference. */
    String documentation();

    Support support();

    default boolean implemented() {
        return support() == Support.IMPLEMENTED;
    }
}
