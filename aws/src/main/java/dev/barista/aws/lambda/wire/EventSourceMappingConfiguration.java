package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventsource.EventSourceMapping;
import dev.barista.core.function.AccountSettings;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code EventSourceMappingConfiguration}, as Lambda answers it for an SQS mapping: {@code LastModified} in epoch
 * seconds (the API's timestamp format), {@code FunctionResponseTypes} always present, {@code FilterCriteria} and
 * {@code ScalingConfig} only when set.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EventSourceMappingConfiguration(@JsonProperty("UUID") String uuid, Integer batchSize,
                                              Integer maximumBatchingWindowInSeconds, String eventSourceArn,
                                              FilterCriteria filterCriteria, String functionArn,
                                              BigDecimal lastModified, String state, String stateTransitionReason,
                                              List<String> functionResponseTypes, ScalingConfig scalingConfig,
                                              String eventSourceMappingArn) {

    public static EventSourceMappingConfiguration of(EventSourceMapping mapping, AccountSettings account) {
        return new EventSourceMappingConfiguration(mapping.uuid(), mapping.batchSize(),
                mapping.maximumBatchingWindowSeconds(), mapping.eventSourceArn(),
                FilterCriteria.of(mapping.filterPatterns()),
                account.functionArn(mapping.functionName(), mapping.functionQualifier()),
                BigDecimal.valueOf(mapping.lastModified().toEpochMilli(), 3), mapping.state().awsName(),
                mapping.stateTransitionReason(),
                mapping.reportBatchItemFailures() ? List.of("ReportBatchItemFailures") : List.of(),
                mapping.maximumConcurrency() == null ? null : new ScalingConfig(mapping.maximumConcurrency()),
                "arn:aws:lambda:" + account.region() + ":" + account.accountId() + ":event-source-mapping:"
                        + mapping.uuid());
    }
}
