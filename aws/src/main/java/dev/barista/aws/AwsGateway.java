package dev.barista.aws;

import dev.barista.aws.auth.SigV4Authorization;
import dev.barista.aws.auth.SignatureVerifier;
import dev.barista.aws.auth.Verification;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.Protocol;
import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.protocol.awsjson.AwsJsonProtocol;
import dev.barista.aws.protocol.awsjson.AwsJsonService;
import dev.barista.aws.protocol.query.AwsQueryProtocol;
import dev.barista.aws.protocol.query.AwsQueryService;
import dev.barista.aws.protocol.restjson.RestJsonProtocol;
import dev.barista.aws.protocol.restjson.RestJsonService;
import dev.barista.aws.protocol.rpcv2cbor.RpcV2CborProtocol;
import dev.barista.aws.protocol.rpcv2cbor.RpcV2CborService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of every AWS API on Barista's single port: the server hands it each request and sends back
 * what it answers. It undoes a {@code Content-Encoding: gzip} (Smithy's request compression), picks the protocol (a
 * request with {@code Smithy-Protocol: rpc-v2-cbor} is rpcv2Cbor; one with {@code X-Amz-Target} is awsJson; a path
 * whose first segment a restJson service owns, such as {@code /2015-03-31/}, is restJson; a form-encoded
 * {@code POST} is awsQuery), asks the {@link SignatureVerifier}, and lets the protocol answer. A request no
 * protocol accepts is a 404 {@code UnknownOperationException}. Thread-safe; never throws.
 */
public final class AwsGateway {
    private static final Logger LOG = LoggerFactory.getLogger(AwsGateway.class);

    private final List<Protocol> protocols;
    private final SignatureVerifier verifier;
    private final Supplier<String> requestIds;
    private final JsonCodec json;

    private AwsGateway(Builder builder) {
        this.json = new JsonCodec();
        // rpcv2Cbor first: it must refuse a request that names both it and an X-Amz-Target.
        this.protocols = List.of(new RpcV2CborProtocol(builder.rpcV2Cbor), new AwsJsonProtocol(builder.awsJson, json),
                new RestJsonProtocol(builder.restJson, json), new AwsQueryProtocol(builder.awsQuery));
        this.verifier = builder.verifier;
        this.requestIds = builder.requestIds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Answers one request. */
    public HttpResponse handle(HttpRequest received) {
        RequestContext context = new RequestContext(requestIds.get(),
                SigV4Authorization.parse(received.headers().first("Authorization")).orElse(null),
                received.headers().first("Host"), received.rawPath());
        HttpRequest request;
        try {
            request = ContentEncodings.decoded(received);
        } catch (IllegalArgumentException malformed) {
            return failure(400, "SerializationException", "Barista cannot decode the request body: "
                    + malformed.getMessage(), context);
        }
        try {
            for (Protocol protocol : protocols) {
                if (protocol.accepts(request)) {
                    // A signature covers the body as sent (compressed).
                    return switch (verifier.verify(received, context.authorization())) {
                        case Verification.Accepted accepted -> protocol.handle(request, context);
                        case Verification.Rejected rejected -> protocol.reject(request, rejected, context);
                    };
                }
            }
            return failure(404, "UnknownOperationException", "No AWS API of Barista answers " + request.method()
                    + " " + request.rawPath() + ".", context);
        } catch (RuntimeException exception) {
            LOG.error("Request {} {} failed unexpectedly (request {})", request.method(), request.rawPath(),
                    context.requestId(), exception);
            return failure(500, "InternalFailure", "Barista failed internally; the server log has the details of"
                    + " request " + context.requestId() + ".", context);
        }
    }

    private HttpResponse failure(int status, String code, String message, RequestContext context) {
        return new HttpResponse(status, HttpHeaders.of("X-Amzn-ErrorType", code, "x-amzn-RequestId",
                context.requestId(), "Content-Type", "application/json"), json.object("message", message));
    }

    /** Collects the services of each protocol; not thread-safe. */
    public static final class Builder {
        private final List<RestJsonService> restJson = new ArrayList<>();
        private final List<AwsJsonService> awsJson = new ArrayList<>();
        private final List<AwsQueryService> awsQuery = new ArrayList<>();
        private final List<RpcV2CborService> rpcV2Cbor = new ArrayList<>();
        private SignatureVerifier verifier = SignatureVerifier.acceptingAll();
        private Supplier<String> requestIds = new RandomRequestIds();

        private Builder() {
        }

        public Builder restJson(RestJsonService service) {
            restJson.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        public Builder awsJson(AwsJsonService service) {
            awsJson.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        public Builder awsQuery(AwsQueryService service) {
            awsQuery.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        public Builder rpcV2Cbor(RpcV2CborService service) {
            rpcV2Cbor.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /** Defaults to {@link SignatureVerifier#acceptingAll()}. */
        public Builder signatureVerifier(SignatureVerifier signatureVerifier) {
            this.verifier = Objects.requireNonNull(signatureVerifier, "signatureVerifier");
            return this;
        }

        /** Defaults to random UUIDs. */
        public Builder requestIds(Supplier<String> supplier) {
            this.requestIds = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * @throws IllegalArgumentException when two services claim the same path segment, target prefix
         */
        public AwsGateway build() {
            return new AwsGateway(this);
        }
    }
}
