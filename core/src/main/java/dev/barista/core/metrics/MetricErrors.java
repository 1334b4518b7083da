package dev.barista.core.metrics;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;

/** The failures of the metrics API, worded as CloudWatch words them (parameters named as in its Query API). */
final class MetricErrors {

    private MetricErrors() {
    }

    static BaristaException missing(String parameter) {
        return new BaristaException(ErrorCode.MISSING_PARAMETER, "The parameter " + parameter + " is required.");
    }

    static BaristaException invalid(Object value, String parameter) {
        return BaristaException.invalidParameter("The value " + value + " for parameter " + parameter
                + " is invalid.");
    }

    static BaristaException invalid(String message) {
        return BaristaException.invalidParameter(message);
    }

    static BaristaException combination(String message) {
        return new BaristaException(ErrorCode.INVALID_PARAMETER_COMBINATION, message);
    }

    static BaristaException tooMany(String collection, int limit) {
        return BaristaException.invalidParameter("The collection " + collection
                + " must not have a size greater than " + limit + ".");
    }

    static BaristaException invalidNextToken() {
        return new BaristaException(ErrorCode.INVALID_NEXT_TOKEN, "The service couldn't process the NextToken.");
    }

    /** A string of 1 to {@code maximum} characters, or the failure naming the parameter. */
    static String requireText(String text, String parameter, int maximum) {
        if (text == null) {
            throw missing(parameter);
        }
        if (text.isEmpty() || text.length() > maximum) {
            throw invalid("The parameter " + parameter + " must be between 1 and " + maximum + " characters.");
        }
        return text;
    }
}
