package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountView;

/**
 * The output of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetAccountSettings.html">
 * GetAccountSettings</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AccountSettingsOutput(AccountLimit accountLimit, AccountUsage accountUsage) {

    public static AccountSettingsOutput of(AccountView view) {
        return new AccountSettingsOutput(new AccountLimit(view.totalCodeSize(), view.codeSizeUnzipped(),
                view.codeSizeZipped(), view.concurrentExecutions(), view.unreservedConcurrentExecutions()),
                new AccountUsage(view.usedTotalCodeSize(), view.functionCount()));
    }

    /** {@code AccountLimit}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record AccountLimit(long totalCodeSize, long codeSizeUnzipped, long codeSizeZipped,
                               int concurrentExecutions, int unreservedConcurrentExecutions) {
    }

    /** {@code AccountUsage}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record AccountUsage(long totalCodeSize, long functionCount) {
    }
}
