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

    /** The error's {@code __type}: its shape's absolute id, such as {@code ns#Shape}. */
    String errorShapeId(AwsError error);

    /**
     * The error's Query code, or null for an error that has none (it then carries no header). By default the
     * error's code: for services whose error tables answer Query codes (CloudWatch).
     */
    default String queryCode(AwsError error) {
        return error.code();
    }

    /** The header's value, {@code <code>;Sender} or {@code <code>;Receiver}, or null without a Query code. */
    default String queryErrorHeader(AwsError error) {
        String code = queryCode(error);
        return code == null ? null : code + ";" + switch (error.fault()) {
            case CLIENT -> "Sender";
            case SERVER -> "Receiver";
        };
    }
}
