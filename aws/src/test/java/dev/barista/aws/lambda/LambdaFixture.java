package dev.barista.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.aws.AwsGateway;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.lambda.events.JacksonSqsEventCodec;
import dev.barista.core.eventsource.EventSourceMappingService;
import dev.barista.core.eventsource.InMemoryEventSourceMappingStore;
import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.eventinvoke.InMemoryEventInvokeConfigStore;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FakeCodeStore;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.InMemoryFunctionStore;
import dev.barista.core.function.Runtime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;

/** A gateway with the Lambda adapter on a real {@link FunctionService} over core's in-memory fakes. */
final class LambdaFixture {
    static final AccountSettings ACCOUNT = new AccountSettings("123456789012", "us-east-1", 1000, 100);
    static final String ROLE = "arn:aws:iam::123456789012:role/lambda-role";
    static final String FUNCTIONS = "/2015-03-31/functions";

    final RecordingInvoker invoker = new RecordingInvoker();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC);

    final InMemoryFunctionStore functionStore = new InMemoryFunctionStore();
    final FunctionService functions = new FunctionService(functionStore, new FakeCodeStore(),
            EnumSet.of(Runtime.PYTHON312, Runtime.JAVA21, Runtime.NODEJS22), ACCOUNT, CLOCK, name -> {
            });
    final StaticQueues queues = new StaticQueues();
    final EventSourceMappingService mappings = new EventSourceMappingService(new InMemoryEventSourceMappingStore(),
            functions, queues, new JacksonSqsEventCodec(),
            Clock.fixed(Instant.parse("2024-01-01T12:00:00.123Z"), ZoneOffset.UTC), uuid -> {
            });
    final EventInvokeConfigService eventInvokeConfigs = new EventInvokeConfigService(
            new InMemoryEventInvokeConfigStore(functionStore), functions, CLOCK);
    final AwsGateway gateway = AwsGateway.builder().restJson(new LambdaService(functions, invoker, mappings,
            eventInvokeConfigs))
            .requestIds(() -> "request-1").build();

    HttpResponse send(String method, String target, String body, String... headers) {
        return gateway.handle(TestRequests.request(method, target, body, headers));
    }

    /** Creates a python3.12 function, asserting nothing. */
    HttpResponse create(String name) {
        return send("POST", FUNCTIONS, createBody(name, ""));
    }

    /** A CreateFunction body; {@code extraMembers} is spliced in, such as {@code ,"Publish":true}. */
    static String createBody(String name, String extraMembers) {
        return "{\"FunctionName\":\"" + name + "\",\"Runtime\":\"python3.12\",\"Role\":\"" + ROLE
                + "\",\"Handler\":\"app.handler\",\"Code\":{\"ZipFile\":\"" + zipBase64(name) + "\"}"
                + extraMembers + "}";
    }

    static String zipBase64(String seed) {
        return Base64.getEncoder().encodeToString(FakeCodeStore.zip(seed));
    }

    static JsonNode json(HttpResponse response) {
        return TestRequests.json(response);
    }
}
