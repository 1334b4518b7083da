package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionEventInvokeConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.PutFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionEventInvokeConfigResponse;

/**
 * Put, Get, Update, Delete and ListFunctionEventInvokeConfig(s) through the SDK: per qualifier, Put replaces and
 * Update merges, with AWS's errors; a configuration is deleted with its function.
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventInvokeConfigIT {
    private static final String QUEUE = "arn:aws:sqs:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":failures";

    private final Barista barista;
    private final LambdaClient lambda;
    private final String name = Barista.uniqueName("async-config");
    private final String destination = Barista.uniqueName("async-destination");
    private final String arn;
    private final String destinationArn;

    EventInvokeConfigIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
        arn = barista.createPython(name).functionArn();
        destinationArn = barista.createPython(destination).functionArn();
        lambda.publishVersion(request -> request.functionName(name));
        lambda.createAlias(request -> request.functionName(name).name("live").functionVersion("1"));
    }

    @Test
    void putAnswersAndGetReadsTheConfigurationOfLatest() {
        Instant before = Instant.now().minusSeconds(1);
        PutFunctionEventInvokeConfigResponse put = lambda.putFunctionEventInvokeConfig(request -> request
                .functionName(name).maximumRetryAttempts(1).maximumEventAgeInSeconds(3600)
                .destinationConfig(config -> config.onSuccess(target -> target.destination(destinationArn))
                        .onFailure(target -> target.destination(QUEUE))));

        GetFunctionEventInvokeConfigResponse get = lambda.getFunctionEventInvokeConfig(request -> request
                .functionName(name));

        assertThat(put.functionArn()).isEqualTo(arn + ":$LATEST");
        assertThat(put.lastModified()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(put.maximumRetryAttempts()).isEqualTo(1);
        assertThat(put.maximumEventAgeInSeconds()).isEqualTo(3600);
        assertThat(put.destinationConfig().onSuccess().destination()).isEqualTo(destinationArn);
        assertThat(put.destinationConfig().onFailure().destination()).isEqualTo(QUEUE);
        assertThat(get.functionArn()).isEqualTo(put.functionArn());
        assertThat(get.lastModified()).isEqualTo(put.lastModified());
        assertThat(get.destinationConfig()).isEqualTo(put.destinationConfig());
        lambda.deleteFunctionEventInvokeConfig(request -> request.functionName(name));
    }

    @Test
    void configurationsArePerQualifierAndListedTogether() {
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("1")
                .maximumRetryAttempts(0));
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(name + ":live")
                .maximumEventAgeInSeconds(60));

        List<FunctionEventInvokeConfig> listed = lambda.listFunctionEventInvokeConfigs(request -> request
                .functionName(name)).functionEventInvokeConfigs();

        assertThat(listed).extracting(FunctionEventInvokeConfig::functionArn)
                .containsExactly(arn + ":1", arn + ":live");
        assertThat(listed.get(0).maximumRetryAttempts()).isZero();
        assertThat(listed.get(0).maximumEventAgeInSeconds()).isNull();
        assertThat(listed.get(1).maximumEventAgeInSeconds()).isEqualTo(60);
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.getFunctionEventInvokeConfig(request -> request
                .functionName(name)));
        lambda.deleteFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("1"));
        lambda.deleteFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("live"));
    }

    @Test
    void putReplacesWhileUpdateMerges() {
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("live")
                .maximumRetryAttempts(2).maximumEventAgeInSeconds(600));

        PutFunctionEventInvokeConfigResponse replaced = lambda.putFunctionEventInvokeConfig(request -> request
                .functionName(name).qualifier("live").maximumRetryAttempts(1));
        UpdateFunctionEventInvokeConfigResponse merged = lambda.updateFunctionEventInvokeConfig(request -> request
                .functionName(name).qualifier("live").destinationConfig(config -> config.onFailure(target -> target
                        .destination(QUEUE))));

        assertThat(replaced.maximumEventAgeInSeconds()).isNull();
        assertThat(merged.maximumRetryAttempts()).isEqualTo(1);
        assertThat(merged.destinationConfig().onFailure().destination()).isEqualTo(QUEUE);
        lambda.deleteFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("live"));
    }

    @Test
    void withoutAConfigurationGetUpdateAndDeleteAreNotFound() {
        String expected = "The function " + arn + ":1 doesn't have an EventInvokeConfig";

        assertThat(message(assertAwsError(404, "ResourceNotFoundException", () -> lambda
                .getFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("1")))))
                .isEqualTo(expected);
        assertThat(message(assertAwsError(404, "ResourceNotFoundException", () -> lambda
                .updateFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("1")
                        .maximumRetryAttempts(1))))).isEqualTo(expected);
        assertThat(message(assertAwsError(404, "ResourceNotFoundException", () -> lambda
                .deleteFunctionEventInvokeConfig(request -> request.functionName(name).qualifier("1")))))
                .isEqualTo(expected);
    }

    @Test
    void aMissingFunctionOrQualifierIsNotFound() {
        assertThat(message(assertAwsError(404, "ResourceNotFoundException", () -> lambda
                .putFunctionEventInvokeConfig(request -> request.functionName(Barista.uniqueName("nobody"))
                        .maximumRetryAttempts(1))))).isEqualTo("The function doesn't exist.");
        assertAwsError(404, "ResourceNotFoundException", () -> lambda.putFunctionEventInvokeConfig(request -> request
                .functionName(name).qualifier("42").maximumRetryAttempts(1)));
    }

    @Test
    void valuesOutsideTheirRangesAreValidationErrors() {
        assertThat(message(assertAwsError(400, "ValidationException", () -> lambda.putFunctionEventInvokeConfig(
                request -> request.functionName(name).maximumRetryAttempts(3))))).isEqualTo("1 validation error"
                + " detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value"
                + " less than or equal to 2");
        assertThat(message(assertAwsError(400, "ValidationException", () -> lambda.putFunctionEventInvokeConfig(
                request -> request.functionName(name).maximumEventAgeInSeconds(59))))).isEqualTo("1 validation"
                + " error detected: Value '59' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must"
                + " have value greater than or equal to 60");
        assertAwsError(400, "ValidationException", () -> lambda.putFunctionEventInvokeConfig(request -> request
                .functionName(name).maximumEventAgeInSeconds(21_601)));
        assertAwsError(400, "ValidationException", () -> lambda.putFunctionEventInvokeConfig(request -> request
                .functionName(name).destinationConfig(config -> config.onSuccess(target -> target
                        .destination("not-an-arn")))));
    }

    @Test
    void destinationsBaristaCannotReachAreInvalidParameters() {
        assertThat(message(assertAwsError(400, "InvalidParameterValueException", () -> lambda
                .putFunctionEventInvokeConfig(request -> request.functionName(name).destinationConfig(config -> config
                        .onFailure(target -> target.destination(arn))))))).isEqualTo(
                "You can't specify the function as a destination for itself.");
        String topic = "arn:aws:sns:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":alerts";
        assertThat(message(assertAwsError(400, "InvalidParameterValueException", () -> lambda
                .putFunctionEventInvokeConfig(request -> request.functionName(name).destinationConfig(config -> config
                        .onSuccess(target -> target.destination(topic)))))))
                .isEqualTo("The destination ARN " + topic + " is invalid.");
        assertThat(message(assertAwsError(400, "InvalidParameterValueException", () -> lambda
                .putFunctionEventInvokeConfig(request -> request.functionName(name))))).isEqualTo(
                "You must specify at least one of error handling or destination setting.");
    }

    @Test
    void aConfigurationIsDeletedWithItsFunction() {
        String doomed = Barista.uniqueName("async-doomed");
        barista.createPython(doomed);
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(doomed).maximumRetryAttempts(0));

        lambda.deleteFunction(request -> request.functionName(doomed));
        barista.createPython(doomed);

        assertAwsError(404, "ResourceNotFoundException", () -> lambda.getFunctionEventInvokeConfig(request -> request
                .functionName(doomed)));
    }
}
