package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

/** The control plane of a function: create, read, list, update, delete, and the names it may be called by. */
@ExtendWith(BaristaExtension.class)
class FunctionLifecycleIT {
    private static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":function:";

    private final Barista barista;
    private final LambdaClient lambda;

    FunctionLifecycleIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
    }

    @Test
    void createFunctionAnswersTheConfigurationAsLambdaDoes() throws Exception {
        String name = Barista.uniqueName("create");
        byte[] zip = Packages.pythonProbe();

        CreateFunctionResponse created = lambda.createFunction(request -> request.functionName(name)
                .runtime("python3.11").handler("app.handler").role(Barista.ROLE).description("made by a test")
                .code(code -> code.zipFile(SdkBytes.fromByteArray(zip))));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionName()).isEqualTo(name);
        assertThat(created.functionArn()).isEqualTo(ARN_PREFIX + name);
        assertThat(created.runtimeAsString()).isEqualTo("python3.11");
        assertThat(created.handler()).isEqualTo("app.handler");
        assertThat(created.role()).isEqualTo(Barista.ROLE);
        assertThat(created.description()).isEqualTo("made by a test");
        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.codeSha256()).isEqualTo(sha256(zip));
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.ephemeralStorage().size()).isEqualTo(512);
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.packageType()).isEqualTo(PackageType.ZIP);
        assertThat(created.architectures()).containsExactly(Architecture.X86_64);
        assertThat(created.revisionId()).isNotBlank();
        assertThat(created.lastModified()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
        assertThat(created.stateAsString()).isIn("Pending", "Active");

        try (LambdaWaiter waiter = lambda.waiter()) {
            GetFunctionResponse active = waiter.waitUntilFunctionActiveV2(request -> request.functionName(name))
                    .matched().response().orElseThrow();
            assertThat(active.configuration().stateAsString()).isEqualTo("Active");
            assertThat(active.configuration().lastUpdateStatusAsString()).isEqualTo("Successful");
        }
    }

    @Test
    void getFunctionAnswersConfigurationCodeAndTags() {
        String name = Barista.uniqueName("get");
        barista.createPython(name, request -> request.tags(Map.of("team", "core")).memorySize(256));

        GetFunctionResponse function = lambda.getFunction(request -> request.functionName(name));
        GetFunctionConfigurationResponse configuration =
                lambda.getFunctionConfiguration(request -> request.functionName(name));

        assertThat(function.configuration().functionArn()).isEqualTo(ARN_PREFIX + name);
        assertThat(function.configuration().memorySize()).isEqualTo(256);
        assertThat(function.configuration().revisionId()).isEqualTo(configuration.revisionId());
        assertThat(function.configuration().codeSha256()).isEqualTo(configuration.codeSha256());
        assertThat(function.configuration().lastModified()).isEqualTo(configuration.lastModified());
        assertThat(configuration.stateAsString()).isEqualTo("Active");
        assertThat(function.code().repositoryType()).isEqualTo("S3");
        assertThat(function.code().location()).isNotBlank();
        assertThat(function.tags()).containsExactlyEntriesOf(Map.of("team", "core"));
    }

    @Test
    void getFunctionCodeLocationDownloadsThePackage() throws Exception {
        String name = Barista.uniqueName("location");
        byte[] zip = Packages.pythonProbe("location");
        barista.create(name, "python3.11", "app.handler", zip);

        String location = lambda.getFunction(request -> request.functionName(name)).code().location();

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(zip);
        }
    }

    @Test
    void listFunctionsPagesWithMaxItemsAndNextMarker() {
        String prefix = Barista.uniqueName("page");
        List<String> created = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        created.forEach(barista::createPython);

        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String current = marker;
            ListFunctionsResponse page = lambda.listFunctions(request -> request.maxItems(1).marker(current));
            assertThat(page.functions()).hasSizeLessThanOrEqualTo(1);
            page.functions().forEach(function -> seen.add(function.functionName()));
            marker = page.nextMarker();
            pages++;
            assertThat(pages).as("pages (a marker that never ends?)").isLessThan(10_000);
        } while (marker != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        ListFunctionsResponse first = lambda.listFunctions(request -> request.maxItems(1));
        assertThat(first.functions()).hasSize(1);
        assertThat(first.nextMarker()).isNotBlank();
        ListFunctionsResponse all = lambda.listFunctions(request -> request.maxItems(50));
        assertThat(all.functions()).allSatisfy(function -> assertThat(function.version()).isEqualTo("$LATEST"));
    }

    @Test
    void updateFunctionCodeRunsTheNewCode() throws Exception {
        String name = Barista.uniqueName("update-code");
        barista.create(name, "python3.11", "app.handler", Packages.pythonProbe("one"));
        assertThat(Json.payload(barista.invoke(name, Map.of())).get("mark").asText()).isEqualTo("one");
        byte[] two = Packages.pythonProbe("two");

        UpdateFunctionCodeResponse updated = lambda.updateFunctionCode(request -> request.functionName(name)
                .zipFile(SdkBytes.fromByteArray(two)));

        assertThat(updated.codeSha256()).isEqualTo(sha256(two));
        assertThat(updated.codeSize()).isEqualTo(two.length);
        assertThat(updated.lastUpdateStatusAsString()).isIn("InProgress", "Successful");
        try (LambdaWaiter waiter = lambda.waiter()) {
            FunctionConfiguration done = waiter.waitUntilFunctionUpdatedV2(request -> request.functionName(name))
                    .matched().response().orElseThrow().configuration();
            assertThat(done.lastUpdateStatusAsString()).isEqualTo("Successful");
        }
        assertThat(Json.payload(barista.invoke(name, Map.of())).get("mark").asText()).isEqualTo("two");
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(name)).codeSha256())
                .isEqualTo(sha256(two));
    }

    @Test
    void updateFunctionConfigurationChangesTheSettings() {
        String name = Barista.uniqueName("update-configuration");
        FunctionConfiguration before = barista.createPython(name);

        UpdateFunctionConfigurationResponse updated = lambda.updateFunctionConfiguration(request -> request
                .functionName(name).memorySize(256).timeout(10).description("updated")
                .environment(environment -> environment.variables(Map.of("GREETING", "hi")))
                .ephemeralStorage(storage -> storage.size(1024)));

        assertThat(updated.memorySize()).isEqualTo(256);
        assertThat(updated.timeout()).isEqualTo(10);
        assertThat(updated.description()).isEqualTo("updated");
        assertThat(updated.environment().variables()).containsExactlyEntriesOf(Map.of("GREETING", "hi"));
        assertThat(updated.ephemeralStorage().size()).isEqualTo(1024);
        assertThat(updated.revisionId()).isNotEqualTo(before.revisionId());
        assertThat(updated.lastUpdateStatusAsString()).isIn("InProgress", "Successful");
        try (LambdaWaiter waiter = lambda.waiter()) {
            assertThat(waiter.waitUntilFunctionUpdatedV2(request -> request.functionName(name)).matched().response())
                    .isPresent();
        }
        GetFunctionConfigurationResponse read = lambda.getFunctionConfiguration(request -> request.functionName(name));
        assertThat(read.memorySize()).isEqualTo(256);
        assertThat(read.timeout()).isEqualTo(10);
        assertThat(read.description()).isEqualTo("updated");
        assertThat(read.environment().variables()).containsExactlyEntriesOf(Map.of("GREETING", "hi"));
        assertThat(read.codeSha256()).isEqualTo(before.codeSha256());
    }

    @Test
    void aMismatchedRevisionIdIsPreconditionFailed() {
        String name = Barista.uniqueName("revision");
        FunctionConfiguration created = barista.createPython(name);

        LambdaException configuration = assertAwsError(412, "PreconditionFailedException", () ->
                lambda.updateFunctionConfiguration(request -> request.functionName(name).timeout(5)
                        .revisionId("00000000-0000-0000-0000-000000000000")));
        assertThat(message(configuration)).isEqualTo("The Revision Id provided does not match the latest Revision Id."
                + " Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
        assertAwsError(412, "PreconditionFailedException", () -> lambda.updateFunctionCode(request -> request
                .functionName(name).zipFile(SdkBytes.fromByteArray(Packages.pythonProbe("x")))
                .revisionId("00000000-0000-0000-0000-000000000000")));

        lambda.updateFunctionConfiguration(request -> request.functionName(name).timeout(5)
                .revisionId(created.revisionId()));
        assertThat(barista.awaitUpdated(name).timeout()).isEqualTo(5);
    }

    @Test
    void deleteFunctionRemovesIt() {
        String name = Barista.uniqueName("delete");
        barista.createPython(name);

        assertThat(lambda.deleteFunction(request -> request.functionName(name)).sdkHttpResponse().statusCode())
                .isEqualTo(204);

        LambdaException missing = assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.getFunction(request -> request.functionName(name)));
        assertThat(message(missing)).isEqualTo("Function not found: " + ARN_PREFIX + name);
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.deleteFunction(request -> request.functionName(name)));
        assertAwsError(404, "ResourceNotFoundException", () -> barista.invoke(name, Map.of()));
        assertThat(lambda.listFunctions(request -> request.maxItems(50)).functions())
                .noneMatch(function -> function.functionName().equals(name));
    }

    @Test
    void creatingAnExistingFunctionIsResourceConflict() {
        String name = Barista.uniqueName("duplicate");
        barista.createPython(name);

        LambdaException duplicate = assertAwsError(409, "ResourceConflictException", () -> barista.createPython(name));
        assertThat(message(duplicate)).isEqualTo("Function already exist: " + name);
    }

    @Test
    void everyOperationOnAMissingFunctionIsResourceNotFound() {
        String name = Barista.uniqueName("missing");
        String expected = "Function not found: " + ARN_PREFIX + name;

        assertThat(message(assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.getFunctionConfiguration(request -> request.functionName(name))))).isEqualTo(expected);
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.updateFunctionCode(request -> request
                .functionName(name).zipFile(SdkBytes.fromByteArray(Packages.pythonProbe()))));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.updateFunctionConfiguration(request -> request.functionName(name).timeout(5)));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.publishVersion(request -> request.functionName(name)));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.listVersionsByFunction(request -> request.functionName(name)));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.listAliases(request -> request.functionName(name)));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.getFunctionConcurrency(request -> request.functionName(name)));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.invoke(request -> request.functionName(name)
                .invocationType("Event").payload(SdkBytes.fromUtf8String("{}"))));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.invoke(request -> request.functionName(name)
                .invocationType("DryRun").payload(SdkBytes.fromUtf8String("{}"))));
    }

    @Test
    void partialAndFullArnsAreAcceptedWhereverANameIs() {
        String name = Barista.uniqueName("arn");
        barista.createPython(name);
        String partial = BaristaExtension.ACCOUNT_ID + ":function:" + name;
        String full = ARN_PREFIX + name;

        for (String reference : List.of(partial, full, name + ":$LATEST", full + ":$LATEST")) {
            assertThat(lambda.getFunction(request -> request.functionName(reference)).configuration().functionName())
                    .as("GetFunction %s", reference).isEqualTo(name);
            assertThat(lambda.getFunctionConfiguration(request -> request.functionName(reference)).functionArn())
                    .as("GetFunctionConfiguration %s", reference).isEqualTo(full);
            assertThat(barista.invoke(reference, Map.of()).statusCode()).as("Invoke %s", reference).isEqualTo(200);
        }
        lambda.updateFunctionConfiguration(request -> request.functionName(partial).description("via partial ARN"));
        barista.awaitUpdated(name);
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(full)).description())
                .isEqualTo("via partial ARN");
        lambda.deleteFunction(request -> request.functionName(full));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.getFunction(request -> request.functionName(name)));
    }

    @Test
    void createFunctionAcceptsAnArnAsTheName() {
        String name = Barista.uniqueName("created-by-arn");

        FunctionConfiguration created = barista.create(ARN_PREFIX + name, "python3.11", "app.handler",
                Packages.pythonProbe());

        assertThat(created.functionName()).isEqualTo(name);
        assertThat(created.functionArn()).isEqualTo(ARN_PREFIX + name);
    }

    static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
