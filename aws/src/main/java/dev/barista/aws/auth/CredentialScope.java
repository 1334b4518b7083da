package dev.barista.aws.auth;

import java.util.Objects;

/**
 * The {@code Credential} of a SigV4 signature: {@code <access key>/<yyyyMMdd>/<region>/<service>/aws4_request}.
 *
 * @param service the signing name, such as {@code lambda}, {@code sqs} or {@code s3}
 */
public record CredentialScope(String accessKeyId, String date, String region, String service) {
    public CredentialScope {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
    }

    /** The scope as it enters the string to sign: {@code <date>/<region>/<service>/aws4_request}. */
    public String scope() {
        return date + "/" + region + "/" + service + "/aws4_request";
    }
}
