package dev.barista.core.eventinvoke;

/**
 * PutFunctionEventInvokeConfig or UpdateFunctionEventInvokeConfig as the caller sent it; null means "not given".
 *
 * @param functionName a name or ARN, possibly qualified
 * @param qualifier the {@code Qualifier} query parameter, or null
 * @param destinationConfig the {@code DestinationConfig}, or null when absent
 */
public record EventInvokeConfigCommand(String functionName, String qualifier, Integer maximumRetryAttempts,
                                       Integer maximumEventAgeInSeconds, DestinationConfig destinationConfig) {

    /**
     * A {@code DestinationConfig}: each destination is an ARN, or null (or empty) for none.
     */
    public record DestinationConfig(String onSuccess, String onFailure) {
    }

    boolean setsNothing() {
        return maximumRetryAttempts == null && maximumEventAgeInSeconds == null && destinationConfig == null;
    }
}
