package dev.barista.aws.lambda;

import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.MalformedJsonException;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.invoke.InvocationType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decoding of Lambda's enumerated headers and query parameters, refused in the words of Lambda's validation when
 * they hold a value outside their enum.
 */
final class LambdaParameters {
    private LambdaParameters() {
    }

    /** {@code X-Amz-Invocation-Type}: RequestResponse (the default), Event or DryRun. */
    static InvocationType invocationType(String header) {
        if (header == null) {
            return InvocationType.REQUEST_RESPONSE;
        }
        return switch (header) {
            case "RequestResponse" -> InvocationType.REQUEST_RESPONSE;
            case "Event" -> InvocationType.EVENT;
            case "DryRun" -> InvocationType.DRY_RUN;
            default -> throw outsideEnum(header, "invocationType", "[Event, RequestResponse, DryRun]");
        };
    }

    /** {@code X-Amz-Log-Type}: whether the caller asked for {@code Tail}; {@code None} is the default. */
    static boolean tailLog(String header) {
        if (header == null) {
            return false;
        }
        return switch (header) {
            case "Tail" -> true;
            case "None" -> false;
            default -> throw outsideEnum(header, "logType", "[None, Tail]");
        };
    }

    /**
     * {@code X-Amz-Client-Context}: base64 of a JSON object, decoded.
     *
     * @return the JSON text, or null when the header is absent
     */
    static String clientContext(String header, JsonCodec json) {
        if (header == null) {
            return null;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header);
            json.requireSingleValue(decoded);
            return new String(decoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | MalformedJsonException exception) {
            throw new BaristaException(ErrorCode.INVALID_REQUEST_CONTENT,
                    "Client context must be a valid Base64-encoded JSON object.");
        }
    }

    /** ListFunctions' {@code FunctionVersion}: absent, or {@code ALL} to list every version. */
    static boolean allVersions(String functionVersion) {
        if (functionVersion == null) {
            return false;
        }
        if (!"ALL".equals(functionVersion)) {
            throw outsideEnum(functionVersion, "functionVersion", "[ALL]");
        }
        return true;
    }

    private static BaristaException outsideEnum(String value, String member, String values) {
        return BaristaException.validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + values);
    }
}
