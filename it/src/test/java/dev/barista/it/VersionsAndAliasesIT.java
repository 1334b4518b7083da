package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.CreateAliasResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;

/**
 * Published versions and aliases. One function is shared: version 1 answers mark "v1", version 2 mark "v2",
 * $LATEST mark "latest".
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionsAndAliasesIT {
    private final Barista barista;
    private final LambdaClient lambda;
    private final String name = Barista.uniqueName("versioned");
    private final String arn;
    private final PublishVersionResponse version1;
    private final PublishVersionResponse version2;

    VersionsAndAliasesIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
        arn = barista.create(name, "python3.11", "app.handler", Packages.pythonProbe("v1")).functionArn();
        version1 = lambda.publishVersion(request -> request.functionName(name).description("first"));
        updateCode("v2");
        version2 = lambda.publishVersion(request -> request.functionName(name));
        updateCode("latest");
    }

    private void updateCode(String mark) {
        lambda.updateFunctionCode(request -> request.functionName(name)
                .zipFile(SdkBytes.fromByteArray(Packages.pythonProbe(mark))));
        barista.awaitUpdated(name);
    }

    @Test
    void publishVersionNumbersVersionsFromOne() {
        assertThat(version1.version()).isEqualTo("1");
        assertThat(version1.functionArn()).isEqualTo(arn + ":1");
        assertThat(version1.description()).isEqualTo("first");
        assertThat(version2.version()).isEqualTo("2");
        assertThat(version2.codeSha256()).isNotEqualTo(version1.codeSha256());
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(name).qualifier("1")).codeSha256())
                .isEqualTo(version1.codeSha256());
    }

    @Test
    void publishingUnchangedCodeAndConfigurationAnswersTheLatestVersion() {
        String function = Barista.uniqueName("republish");
        barista.createPython(function);
        PublishVersionResponse first = lambda.publishVersion(request -> request.functionName(function));

        PublishVersionResponse again = lambda.publishVersion(request -> request.functionName(function));

        assertThat(again.version()).isEqualTo(first.version()).isEqualTo("1");
    }

    @Test
    void listVersionsByFunctionListsLatestAndEveryVersion() {
        assertThat(lambda.listVersionsByFunction(request -> request.functionName(name)).versions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1", "2");
    }

    @Test
    void aVersionIsInvokedByQualifierAndByQualifiedArn() {
        InvokeResponse byQualifier = barista.invoke(request -> request.functionName(name).qualifier("1")
                .payload(Json.bytes(Map.of())));
        InvokeResponse byArn = barista.invoke(arn + ":2", Map.of());
        InvokeResponse byNameAndVersion = barista.invoke(name + ":1", Map.of());
        InvokeResponse latest = barista.invoke(name, Map.of());

        assertThat(byQualifier.executedVersion()).isEqualTo("1");
        assertThat(Json.payload(byQualifier).get("mark").asText()).isEqualTo("v1");
        assertThat(byArn.executedVersion()).isEqualTo("2");
        assertThat(Json.payload(byArn).get("mark").asText()).isEqualTo("v2");
        assertThat(byNameAndVersion.executedVersion()).isEqualTo("1");
        assertThat(latest.executedVersion()).isEqualTo("$LATEST");
        assertThat(Json.payload(latest).get("mark").asText()).isEqualTo("latest");
        assertThat(Json.payload(byQualifier).get("initId")).as("versions do not share environments")
                .isNotEqualTo(Json.payload(latest).get("initId"));
    }

    @Test
    void aVersionsContextNamesTheVersion() {
        var context = Json.payload(barista.invoke(request -> request.functionName(name).qualifier("2")
                .payload(Json.bytes(Map.of("action", "context")))));

        assertThat(context.get("functionVersion").asText()).isEqualTo("2");
        assertThat(context.get("invokedFunctionArn").asText()).isEqualTo(arn + ":2");
    }

    @Test
    void anAliasWithWeightOneOnAnotherVersionRunsOnlyThatVersion() {
        String alias = "canary";
        CreateAliasResponse created = lambda.createAlias(request -> request.functionName(name).name(alias)
                .functionVersion("1").routingConfig(routing -> routing.additionalVersionWeights(Map.of("2", 1.0))));

        assertThat(created.aliasArn()).isEqualTo(arn + ":" + alias);
        assertThat(created.routingConfig().additionalVersionWeights()).containsExactlyEntriesOf(Map.of("2", 1.0));
        for (int i = 0; i < 5; i++) {
            InvokeResponse response = barista.invoke(name + ":" + alias, Map.of());
            assertThat(response.executedVersion()).isEqualTo("2");
            assertThat(Json.payload(response).get("mark").asText()).isEqualTo("v2");
        }
    }

    @Test
    void aliasesAreCreatedReadUpdatedListedAndDeleted() {
        CreateAliasResponse created = lambda.createAlias(request -> request.functionName(name).name("live")
                .functionVersion("1").description("production"));
        assertThat(created.functionVersion()).isEqualTo("1");
        assertThat(created.revisionId()).isNotBlank();

        assertThat(lambda.getAlias(request -> request.functionName(name).name("live")).functionVersion()).isEqualTo("1");
        InvokeResponse viaAlias = barista.invoke(request -> request.functionName(name).qualifier("live")
                .payload(Json.bytes(Map.of("action", "context"))));
        assertThat(viaAlias.executedVersion()).isEqualTo("1");
        assertThat(Json.payload(viaAlias).get("invokedFunctionArn").asText()).isEqualTo(arn + ":live");

        assertAwsError(412, "PreconditionFailedException", () -> lambda.updateAlias(request -> request
                .functionName(name).name("live").functionVersion("2").revisionId("not-the-revision")));
        var updated = lambda.updateAlias(request -> request.functionName(name).name("live").functionVersion("2")
                .revisionId(created.revisionId()));
        assertThat(updated.functionVersion()).isEqualTo("2");
        assertThat(barista.invoke(arn + ":live", Map.of()).executedVersion()).isEqualTo("2");

        assertThat(lambda.listAliases(request -> request.functionName(name)).aliases())
                .extracting(AliasConfiguration::name).contains("live");
        assertThat(lambda.listAliases(request -> request.functionName(name).functionVersion("2")).aliases())
                .extracting(AliasConfiguration::name).contains("live");

        lambda.deleteAlias(request -> request.functionName(name).name("live"));
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.getAlias(request -> request.functionName(name).name("live")));
        assertAwsError(404, "ResourceNotFoundException", () -> barista.invoke(name + ":live", Map.of()));
    }

    @Test
    void creatingAnExistingAliasIsResourceConflict() {
        lambda.createAlias(request -> request.functionName(name).name("twice").functionVersion("1"));

        assertAwsError(409, "ResourceConflictException",
                () -> lambda.createAlias(request -> request.functionName(name).name("twice").functionVersion("1")));
    }

    @Test
    void anAliasToAVersionThatDoesNotExistIsResourceNotFound() {
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.createAlias(request -> request.functionName(name).name("ghost").functionVersion("99")));
    }

    @Test
    void deletingAVersionAnAliasReferencesIsResourceConflict() {
        String function = Barista.uniqueName("referenced");
        barista.createPython(function);
        lambda.publishVersion(request -> request.functionName(function));
        lambda.createAlias(request -> request.functionName(function).name("pinned").functionVersion("1"));

        assertAwsError(409, "ResourceConflictException",
                () -> lambda.deleteFunction(request -> request.functionName(function).qualifier("1")));

        lambda.deleteAlias(request -> request.functionName(function).name("pinned"));
        lambda.deleteFunction(request -> request.functionName(function).qualifier("1"));
        assertAwsError(404, "ResourceNotFoundException",
                () -> lambda.getFunctionConfiguration(request -> request.functionName(function).qualifier("1")));
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(function)).version())
                .isEqualTo("$LATEST");
    }

    @Test
    void versionAliasAndConcurrencyOperationsAcceptPartialAndFullArns() {
        String function = Barista.uniqueName("arn-everywhere");
        String full = barista.createPython(function).functionArn();
        String partial = BaristaExtension.ACCOUNT_ID + ":function:" + function;

        assertThat(lambda.publishVersion(request -> request.functionName(partial)).version()).isEqualTo("1");
        assertThat(lambda.listVersionsByFunction(request -> request.functionName(full)).versions()).hasSize(2);
        lambda.createAlias(request -> request.functionName(full).name("arn").functionVersion("1"));
        assertThat(lambda.getAlias(request -> request.functionName(partial).name("arn")).aliasArn())
                .isEqualTo(full + ":arn");
        assertThat(barista.invoke(full + ":arn", Map.of()).executedVersion()).isEqualTo("1");
        assertThat(barista.invoke(partial + ":1", Map.of()).executedVersion()).isEqualTo("1");
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(function + ":arn")).version())
                .isEqualTo("1");
        lambda.putFunctionConcurrency(request -> request.functionName(full).reservedConcurrentExecutions(3));
        assertThat(lambda.getFunctionConcurrency(request -> request.functionName(partial)).reservedConcurrentExecutions())
                .isEqualTo(3);
        lambda.deleteFunctionConcurrency(request -> request.functionName(partial));
    }

    @Test
    void latestCannotBeDeletedOnItsOwn() {
        assertAwsError(400, "InvalidParameterValueException",
                () -> lambda.deleteFunction(request -> request.functionName(name).qualifier("$LATEST")));
    }
}
