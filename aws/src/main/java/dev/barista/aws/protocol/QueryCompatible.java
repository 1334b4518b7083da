package dev.barista.aws.protocol;

/**
 * A JSON or CBOR service with Smithy's {@code awsQueryCompatible} trait (it spoke awsQuery first): its errors carry
 * the error shape's id in {@code __type} and the Query error code, with its fault, in the header
 * {@code x-amzn-query-error: <code>;Sender|Receiver}, from which the SDKs take the code that Query clients saw. A
 * service implements this beside its protocol's service interface; its {@link ErrorTable} answers Query codes.
 */
public interface QueryCompatible {

    /** The header carrying the Query error code. */
    String QUERY_ERROR_HEADER = "x-amzn-query-error";

    /** The absolute shape id of the error whose Query code is {@code error.code()}, such as {@code ns#Shape}. */
    String errorShapeId(AwsError error);

    /** The header's value: {@code <code>;Sender} or {@code <code>;Receiver}. */
    static String queryErrorHeader(AwsError error) {
        return error.code() + ";" + switch (error.fault()) {
            case CLIENT -> "Sender";
            case SERVER -> "Receiver";
        };
    }
}
