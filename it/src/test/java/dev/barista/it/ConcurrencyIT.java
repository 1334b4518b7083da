package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ThrottleReason;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Reserved concurrency, throttling and the account's settings (account limit 1,000, 100 always unreserved). */
@ExtendWith(BaristaExtension.class)
class ConcurrencyIT {
    private final Barista barista;
    private final LambdaClient lambda;

    ConcurrencyIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
    }

    @Test
    void reservedConcurrencyIsPutReadAndDeleted() {
        String name = Barista.uniqueName("reserved");
        barista.createPython(name);

        assertThat(lambda.putFunctionConcurrency(request -> request.functionName(name).reservedConcurrentExecutions(5))
                .reservedConcurrentExecutions()).isEqualTo(5);
        assertThat(lambda.getFunctionConcurrency(request -> request.functionName(name)).reservedConcurrentExecutions())
                .isEqualTo(5);
        assertThat(lambda.getFunction(request -> request.functionName(name)).concurrency().reservedConcurrentExecutions())
                .isEqualTo(5);

        lambda.deleteFunctionConcurrency(request -> request.functionName(name));

        assertThat(lambda.getFunctionConcurrency(request -> request.functionName(name)).reservedConcurrentExecutions())
                .isNull();
    }

    @Test
    void reservedConcurrencyZeroThrottlesEveryInvocation() {
        String name = Barista.uniqueName("throttled");
        barista.createPython(name);
        lambda.putFunctionConcurrency(request -> request.functionName(name).reservedConcurrentExecutions(0));

        LambdaException throttled = assertAwsError(429, "TooManyRequestsException", () -> barista.invoke(name, Map.of()));

        assertThat(throttled).isInstanceOf(TooManyRequestsException.class);
        assertThat(((TooManyRequestsException) throttled).reason())
                .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
        assertThat(message(throttled)).isEqualTo("Rate Exceeded.");
        lambda.deleteFunctionConcurrency(request -> request.functionName(name));
        assertThat(barista.invoke(name, Map.of()).functionError()).isNull();
    }

    @Test
    void aSynchronousInvocationOverTheReservationIsThrottledNotQueued() throws Exception {
        String name = Barista.uniqueName("one-at-a-time");
        barista.createPython(name, request -> request.timeout(10));
        lambda.putFunctionConcurrency(request -> request.functionName(name).reservedConcurrentExecutions(1));

        List<Object> outcomes = twoConcurrentSleeps(barista, name);

        assertThat(outcomes).filteredOn(InvokeResponse.class::isInstance).hasSize(1)
                .allSatisfy(outcome -> assertThat(Json.payload((InvokeResponse) outcome).asText()).isEqualTo("slept"));
        assertThat(outcomes).filteredOn(TooManyRequestsException.class::isInstance).hasSize(1)
                .allSatisfy(outcome -> assertThat(((TooManyRequestsException) outcome).reason())
                        .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void aSynchronousInvocationOverTheAccountLimitIsThrottled() throws Exception {
        Path dataDirectory = Files.createTempDirectory("barista-it-account-limit");
        try (Barista small = Barista.start(Barista.config(dataDirectory,
                BaristaExtension.ACCOUNT_ID, 1, Duration.ofMinutes(10)))) {
            String name = Barista.uniqueName("account-limit");
            small.createPython(name, request -> request.timeout(10));
            assertThat(small.lambda().getAccountSettings().accountLimit().concurrentExecutions()).isEqualTo(1);

            List<Object> outcomes = twoConcurrentSleeps(small, name);

            assertThat(outcomes).filteredOn(InvokeResponse.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(TooManyRequestsException.class::isInstance).hasSize(1)
                    .allSatisfy(outcome -> assertThat(((TooManyRequestsException) outcome).reason())
                            .isEqualTo(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
        } finally {
            BaristaExtension.deleteRecursively(dataDirectory);
        }
    }

    @Test
    void aSynchronousInvocationFindingTheMemoryBudgetFullOfBusyEnvironmentsIsThrottledAndSaysWhy() throws Exception {
        Path dataDirectory = Files.createTempDirectory("barista-it-memory-budget");
        try (Barista small = Barista.start(Barista.config(dataDirectory, BaristaExtension.ACCOUNT_ID, 1000,
                Duration.ofMinutes(10)).withMemoryBudgetMegabytes(256))) {
            String name = Barista.uniqueName("memory-budget");
            small.createPython(name, request -> request.timeout(10).memorySize(256));
            String tooLarge = Barista.uniqueName("larger-than-budget");
            small.createPython(tooLarge, request -> request.memorySize(512));

            List<Object> outcomes = twoConcurrentSleeps(small, name);
            LambdaException larger = assertAwsError(429, "TooManyRequestsException",
                    () -> small.invoke(tooLarge, Map.of()));

            assertThat(outcomes).filteredOn(InvokeResponse.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(TooManyRequestsException.class::isInstance).hasSize(1)
                    .allSatisfy(outcome -> {
                        TooManyRequestsException throttled = (TooManyRequestsException) outcome;
                        assertThat(throttled.reason()).isEqualTo(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
                        assertThat(message(throttled)).isEqualTo("Rate Exceeded. Execution environments hold 256 MB"
                                + " of this node's memory budget of 256 MB, and evicting every idle one would not"
                                + " make room for another 256 MB environment.");
                    });
            assertThat(((TooManyRequestsException) larger).reason())
                    .isEqualTo(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
            assertThat(message(larger)).isEqualTo("Rate Exceeded. The function's memory size of 512 MB is more than"
                    + " this node's whole memory budget of 256 MB (BARISTA_MEMORY_BUDGET_MB).");
        } finally {
            BaristaExtension.deleteRecursively(dataDirectory);
        }
    }

    @Test
    void aReservationLeavingFewerThan100UnreservedIsInvalidParameterValue() {
        String name = Barista.uniqueName("greedy");
        barista.createPython(name);
        int unreserved = lambda.getAccountSettings().accountLimit().unreservedConcurrentExecutions();

        LambdaException refused = assertAwsError(400, "InvalidParameterValueException", () -> lambda.putFunctionConcurrency(
                request -> request.functionName(name).reservedConcurrentExecutions(unreserved - 99)));

        assertThat(message(refused)).isEqualTo("Specified ReservedConcurrentExecutions for function decreases account's"
                + " UnreservedConcurrentExecution below its minimum value of [100].");
        assertThat(lambda.putFunctionConcurrency(request -> request.functionName(name)
                .reservedConcurrentExecutions(unreserved - 100)).reservedConcurrentExecutions()).isEqualTo(unreserved - 100);
        lambda.deleteFunctionConcurrency(request -> request.functionName(name));
    }

    /**
     * Two invocations at once that each sleep 3 s: whichever arrives second finds the only slot taken. Answers
     * each one's response, or its TooManyRequestsException.
     */
    private static List<Object> twoConcurrentSleeps(Barista server, String name) throws Exception {
        Callable<Object> slowInvoke = () -> {
            try {
                return server.invoke(name, Map.of("action", "sleep", "seconds", 3));
            } catch (TooManyRequestsException throttled) {
                return throttled;
            }
        };
        try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> futures = executor.invokeAll(List.of(slowInvoke, slowInvoke));
            return List.of(futures.get(0).get(), futures.get(1).get());
        }
    }

    @Test
    void getAccountSettingsAnswersLambdasLimitsAndTheUnreservedShare() {
        String name = Barista.uniqueName("account");
        barista.createPython(name);
        GetAccountSettingsResponse before = lambda.getAccountSettings();

        lambda.putFunctionConcurrency(request -> request.functionName(name).reservedConcurrentExecutions(10));
        GetAccountSettingsResponse reserved = lambda.getAccountSettings();
        lambda.deleteFunctionConcurrency(request -> request.functionName(name));

        assertThat(before.accountLimit().concurrentExecutions()).isEqualTo(1000);
        assertThat(before.accountLimit().codeSizeZipped()).isEqualTo(52_428_800L);
        assertThat(before.accountLimit().codeSizeUnzipped()).isEqualTo(262_144_000L);
        assertThat(before.accountLimit().totalCodeSize()).isEqualTo(80_530_636_800L);
        assertThat(reserved.accountLimit().unreservedConcurrentExecutions())
                .isEqualTo(before.accountLimit().unreservedConcurrentExecutions() - 10);
        assertThat(lambda.getAccountSettings().accountLimit().unreservedConcurrentExecutions())
                .isEqualTo(before.accountLimit().unreservedConcurrentExecutions());
        assertThat(before.accountUsage().functionCount()).isPositive();
        assertThat(before.accountUsage().totalCodeSize()).isPositive();
    }
}
