package dev.barista.core.eventinvoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The constraints of the API model on an event invoke configuration, checked as Lambda's front end checks them:
 * every violation is listed in one {@code ValidationException}.
 */
final class EventInvokeConfigLimits {
    static final int MAXIMUM_EVENT_AGE_MINIMUM = 60;
    static final int MAXIMUM_EVENT_AGE_MAXIMUM = 21_600;
    static final int RETRY_ATTEMPTS_MAXIMUM = 2;
    private static final int DESTINATION_LENGTH = 350;
    private static final String DESTINATION_PATTERN_TEXT = "^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:"
            + "([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
    private static final Pattern DESTINATION = Pattern.compile(DESTINATION_PATTERN_TEXT);

    private EventInvokeConfigLimits() {
    }

    static void check(EventInvokeConfigCommand command) {
        List<String> violations = new ArrayList<>();
        range(violations, command.maximumRetryAttempts(), "maximumRetryAttempts", 0, RETRY_ATTEMPTS_MAXIMUM);
        range(violations, command.maximumEventAgeInSeconds(), "maximumEventAgeInSeconds", MAXIMUM_EVENT_AGE_MINIMUM,
                MAXIMUM_EVENT_AGE_MAXIMUM);
        DestinationConfig destinations = command.destinationConfig();
        if (destinations != null) {
            destination(violations, destinations.onSuccess(), "destinationConfig.onSuccess.destination");
            destination(violations, destinations.onFailure(), "destinationConfig.onFailure.destination");
        }
        if (!violations.isEmpty()) {
            throw BaristaException.validation(violations.size() + (violations.size() == 1
                    ? " validation error detected: " : " validation errors detected: ")
                    + String.join("; ", violations));
        }
    }

    private static void range(List<String> violations, Integer value, String member, int minimum, int maximum) {
        if (value == null) {
            return;
        }
        if (value < minimum) {
            violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have"
                    + " value greater than or equal to " + minimum);
        } else if (value > maximum) {
            violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have"
                    + " value less than or equal to " + maximum);
        }
    }

    private static void destination(List<String> violations, String arn, String member) {
        if (arn == null) {
            return;
        }
        if (arn.length() > DESTINATION_LENGTH) {
            violations.add("Value '" + arn + "' at '" + member + "' failed to satisfy constraint: Member must have"
                    + " length less than or equal to " + DESTINATION_LENGTH);
        } else if (!DESTINATION.matcher(arn).matches()) {
            violations.add("Value '" + arn + "' at '" + member + "' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: " + DESTINATION_PATTERN_TEXT);
        }
    }
}
