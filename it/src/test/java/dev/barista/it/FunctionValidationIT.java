package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Packages;
import dev.barista.it.support.ZipWriter;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * What Lambda refuses, with its error codes, statuses and messages. The SDK v2 does not check patterns or ranges
 * itself, so every refusal here is the server's.
 */
@ExtendWith(BaristaExtension.class)
class FunctionValidationIT {
    private final Barista barista;
    private final LambdaClient lambda;

    FunctionValidationIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
    }

    @Test
    void aNameOutsideThePatternIsValidationException() {
        LambdaException spaces = assertAwsError(400, "ValidationException", () -> create("bad name!", request -> { }));
        assertThat(message(spaces)).startsWith("1 validation error detected: Value 'bad name!' at 'functionName'"
                + " failed to satisfy constraint: Member must satisfy regular expression pattern:");
        assertAwsError(400, "ValidationException", () -> create("x".repeat(65), request -> { }));
        assertAwsError(400, "ValidationException", () -> lambda.getFunction(request -> request.functionName("bad name!")));
        assertAwsError(400, "ValidationException", () -> barista.invoke("bad name!", Map.of()));
    }

    @Test
    void memoryOutside128To10240IsValidationException() {
        assertThat(message(assertAwsError(400, "ValidationException", () -> create(name(), request -> request.memorySize(64)))))
                .isEqualTo("1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 128");
        assertThat(message(assertAwsError(400, "ValidationException", () -> create(name(), request -> request.memorySize(20000)))))
                .isEqualTo("1 validation error detected: Value '20000' at 'memorySize' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 10240");
    }

    @Test
    void aTimeoutOutside1To900IsRefused() {
        assertThat(message(assertAwsError(400, "ValidationException", () -> create(name(), request -> request.timeout(0)))))
                .isEqualTo("1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 1");
        assertThat(message(assertAwsError(400, "InvalidParameterValueException",
                () -> create(name(), request -> request.timeout(901))))).contains("900");
    }

    @Test
    void ephemeralStorageBelow512IsValidationException() {
        assertThat(message(assertAwsError(400, "ValidationException",
                () -> create(name(), request -> request.ephemeralStorage(storage -> storage.size(100))))))
                .isEqualTo("1 validation error detected: Value '100' at 'ephemeralStorage.size' failed to satisfy"
                        + " constraint: Member must have value greater than or equal to 512");
        assertAwsError(400, "ValidationException",
                () -> create(name(), request -> request.ephemeralStorage(storage -> storage.size(10241))));
    }

    @Test
    void environmentVariablesOver4KbAreInvalidParameterValue() {
        LambdaException tooLarge = assertAwsError(400, "InvalidParameterValueException", () -> create(name(),
                request -> request.environment(environment -> environment.variables(Map.of("BIG", "x".repeat(4100))))));
        assertThat(message(tooLarge)).startsWith("Lambda was unable to configure your environment variables because"
                + " the environment variables you have provided exceeded the 4KB limit.");
    }

    @Test
    void aReservedEnvironmentKeyIsInvalidParameterValue() {
        LambdaException reserved = assertAwsError(400, "InvalidParameterValueException", () -> create(name(),
                request -> request.environment(environment -> environment.variables(Map.of("AWS_REGION", "eu-west-1")))));
        assertThat(message(reserved)).isEqualTo("Lambda was unable to configure your environment variables because"
                + " the environment variables you have provided contains reserved keys that are currently not"
                + " supported for modification. Reserved keys used in this request: AWS_REGION");
    }

    @Test
    void bytesThatAreNotAZipAreInvalidParameterValue() {
        LambdaException invalid = assertAwsError(400, "InvalidParameterValueException", () -> create(name(),
                request -> request.code(code -> code.zipFile(SdkBytes.fromUtf8String("this is not a zip file")))));
        assertThat(message(invalid)).isEqualTo("Could not unzip uploaded file. Please check your file, then try to"
                + " upload again.");
    }

    @Test
    void aPackageUnzippingToMoreThan250MbIsInvalidParameterValue() {
        byte[] bomb = new ZipWriter().file("app.py", "def handler(e, c):\n    return 1\n").zeros("padding.bin", 262_144_001L)
                .toByteArray();

        LambdaException tooLarge = assertAwsError(400, "InvalidParameterValueException",
                () -> create(name(), request -> request.code(code -> code.zipFile(SdkBytes.fromByteArray(bomb)))));
        assertThat(message(tooLarge)).isEqualTo("Unzipped size must be smaller than 262144000 bytes");
    }

    @Test
    void aZippedPackageOver50MbIsRequestEntityTooLarge() {
        byte[] random = new byte[52_428_800 + 1024];
        new Random(7).nextBytes(random);
        byte[] zip = new ZipWriter().file("app.py", "def handler(e, c):\n    return 1\n").file("noise.bin", random, 0644)
                .toByteArray();

        assertAwsError(413, "RequestEntityTooLargeException",
                () -> create(name(), request -> request.code(code -> code.zipFile(SdkBytes.fromByteArray(zip)))));
    }

    @Test
    void anUnknownRuntimeIsValidationException() {
        LambdaException unknown = assertAwsError(400, "ValidationException",
                () -> create(name(), request -> request.runtime("cobol85")));
        assertThat(message(unknown)).startsWith("1 validation error detected: Value 'cobol85' at 'runtime' failed to"
                + " satisfy constraint: Member must satisfy enum value set:");
    }

    @Test
    void aRuntimeThatIsNotInstalledIsInvalidParameterValue() {
        // python3.11 is the only Python on this host, so python3.9 is a valid Lambda runtime Barista cannot run.
        assertAwsError(400, "InvalidParameterValueException", () -> create(name(), request -> request.runtime("python3.9")));
    }

    @Test
    void aRoleThatIsNotAnIamRoleArnIsValidationException() {
        assertAwsError(400, "ValidationException", () -> create(name(), request -> request.role("not-a-role")));
    }

    @Test
    void updatesAreValidatedLikeCreation() {
        String name = name();
        barista.createPython(name);

        assertAwsError(400, "ValidationException",
                () -> lambda.updateFunctionConfiguration(request -> request.functionName(name).memorySize(64)));
        assertAwsError(400, "ValidationException",
                () -> lambda.updateFunctionConfiguration(request -> request.functionName(name).timeout(0)));
        assertAwsError(400, "InvalidParameterValueException", () -> lambda.updateFunctionConfiguration(request -> request
                .functionName(name).environment(environment -> environment.variables(Map.of("AWS_REGION", "x")))));
        assertAwsError(400, "InvalidParameterValueException", () -> lambda.updateFunctionCode(request -> request
                .functionName(name).zipFile(SdkBytes.fromUtf8String("not a zip"))));
        assertAwsError(400, "InvalidParameterValueException",
                () -> lambda.updateFunctionConfiguration(request -> request.functionName(name).runtime("python3.9")));

        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(name)).memorySize()).isEqualTo(128);
    }

    private static String name() {
        return Barista.uniqueName("invalid");
    }

    private void create(String name, Consumer<CreateFunctionRequest.Builder> customizer) {
        CreateFunctionRequest.Builder request = CreateFunctionRequest.builder().functionName(name).runtime("python3.11")
                .handler("app.handler").role(Barista.ROLE)
                .code(code -> code.zipFile(SdkBytes.fromByteArray(Packages.pythonProbe())));
        customizer.accept(request);
        lambda.createFunction(request.build());
    }
}
