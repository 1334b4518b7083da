package dev.barista.core.logs;

/**
 * PutLogEvents' answer. The indexes are null when no event was rejected for that reason.
 *
 * @param nextSequenceToken a token clients may pass back; CloudWatch Logs ignores sequence tokens, so does Barista
 * @param tooNewStartIndex the first event more than 2 hours in the future (the later ones are too)
 * @param tooOldEndIndex the last event more than 14 days in the past
 * @param expiredEndIndex the last event older than the group's retention
 */
public record PutLogEventsResult(String nextSequenceToken, Integer tooNewStartIndex, Integer tooOldEndIndex,
                                 Integer expiredEndIndex) {
    public boolean rejectedAny() {
        return tooNewStartIndex != null || tooOldEndIndex != null || expiredEndIndex != null;
    }
}
