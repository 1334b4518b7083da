package dev.barista.aws.lambda;

import dev.barista.aws.AwsGateway;
import dev.barista.aws.http.HttpHeaders;
import dev.barista.aws.http.HttpRequest;
import dev.barista.aws.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * An SDK HTTP client that hands each request, as the SDK would put it on the wire (encoded path and query, signed
 * headers, body), to an {@link AwsGateway} in the same process, and the gateway's answer back to the SDK's
 * unmarshallers.
 */
public final class InProcessHttpClient implements SdkHttpClient {
    private final AwsGateway gateway;

    public InProcessHttpClient(AwsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return execute(request);
            }

            @Override
            public void abort() {
            }
        };
    }

    private HttpExecuteResponse execute(HttpExecuteRequest request) throws IOException {
        SdkHttpRequest http = request.httpRequest();
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
            try (InputStream stream = request.contentStreamProvider().get().newStream()) {
                body = stream.readAllBytes();
            }
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        http.headers().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        headers.set("Host", http.host() + ":" + http.port());
        String query = SdkHttpUtils.encodeAndFlattenQueryParameters(http.rawQueryParameters()).orElse("");
        HttpResponse response = gateway.handle(new HttpRequest(http.method().name(), http.encodedPath(), query,
                headers.build(), body));
        SdkHttpFullResponse.Builder answer = SdkHttpFullResponse.builder().statusCode(response.status());
        response.headers().forEach(answer::appendHeader);
        return HttpExecuteResponse.builder().response(answer.build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body()))).build();
    }

    @Override
    public void close() {
    }
}
