package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.json.JsonStrings;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A queue's {@code RedrivePolicy}: after {@code maxReceiveCount} receives, a message moves to the dead-letter queue
 * the next time a consumer would receive it.
 *
 * @param maxReceiveCount 1 to 1,000
 */
public record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {
    static final int MAXIMUM_RECEIVE_COUNT = 1_000;

    public RedrivePolicy {
        Objects.requireNonNull(deadLetterTargetArn, "deadLetterTargetArn");
    }

    /**
     * Reads the attribute's JSON ({@code maxReceiveCount} as a number or a string, as SQS accepts both).
     *
     * @throws BaristaException INVALID_PARAMETER_VALUE, in SQS's words, when it is malformed
     */
    static RedrivePolicy parse(String json) {
        Map<String, Object> members = PolicyJson.readObject(json)
                .orElseThrow(() -> invalid(json, "Redrive policy is not a valid JSON map."));
        Object target = members.get("deadLetterTargetArn");
        if (!(target instanceof String arn) || arn.isEmpty()) {
            throw invalid(json, "Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
        }
        Object count = members.get("maxReceiveCount");
        if (count == null) {
            throw invalid(json, "Redrive policy does not contain mandatory attribute: maxReceiveCount.");
        }
        int maxReceiveCount;
        try {
            maxReceiveCount = count instanceof BigDecimal number ? number.intValueExact()
                    : Integer.parseInt(String.valueOf(count));
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            throw invalid(json, "Invalid value for maxReceiveCount: " + count
                    + ", valid values are from 1 to 1000 both inclusive.");
        }
        if (maxReceiveCount < 1 || maxReceiveCount > MAXIMUM_RECEIVE_COUNT) {
            throw invalid(json, "Invalid value for maxReceiveCount: " + maxReceiveCount
                    + ", valid values are from 1 to 1000 both inclusive.");
        }
        for (String member : members.keySet()) {
            if (!member.equals("deadLetterTargetArn") && !member.equals("maxReceiveCount")) {
                throw invalid(json, "Redrive policy contains an unknown attribute: " + member + ".");
            }
        }
        return new RedrivePolicy(target.toString(), maxReceiveCount);
    }

    /** The attribute's value as GetQueueAttributes answers it. */
    String toJson() {
        return "{\"deadLetterTargetArn\":" + JsonStrings.quoted(deadLetterTargetArn) + ",\"maxReceiveCount\":"
                + maxReceiveCount + "}";
    }

    static BaristaException invalid(String json, String reason) {
        return BaristaException.invalidParameter("Value " + json + " for parameter RedrivePolicy is invalid. Reason: "
                + reason);
    }
}
