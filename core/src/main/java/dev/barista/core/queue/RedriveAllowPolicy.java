package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.json.JsonStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dead-letter queue's {@code RedriveAllowPolicy}: which source queues may name it in their redrive policy.
 *
 * @param sourceQueueArns the allowed sources for {@link Permission#BY_QUEUE} (1 to 10), empty otherwise
 */
public record RedriveAllowPolicy(Permission permission, List<String> sourceQueueArns) {
    static final RedriveAllowPolicy ALLOW_ALL = new RedriveAllowPolicy(Permission.ALLOW_ALL, List.of());
    private static final int MAXIMUM_SOURCE_QUEUES = 10;

    public RedriveAllowPolicy {
        Objects.requireNonNull(permission, "permission");
        sourceQueueArns = List.copyOf(sourceQueueArns);
    }

    /** Whether a queue of this ARN may use this queue as its dead-letter queue. */
    boolean allows(String sourceQueueArn) {
        return switch (permission) {
            case ALLOW_ALL -> true;
            case DENY_ALL -> false;
            case BY_QUEUE -> sourceQueueArns.contains(sourceQueueArn);
        };
    }

    /**
     * @throws BaristaException INVALID_PARAMETER_VALUE, in SQS's words, when the JSON is malformed
     */
    static RedriveAllowPolicy parse(String json) {
        Map<String, Object> members = PolicyJson.readObject(json)
                .orElseThrow(() -> invalid(json, "Redrive allow policy is not a valid JSON map."));
        Permission permission = Permission.fromWireName(String.valueOf(members.get("redrivePermission")));
        if (permission == null) {
            throw invalid(json, "Amazon SQS can't create the redrive allow policy. The redrivePermission must be"
                    + " allowAll, denyAll or byQueue.");
        }
        List<String> sources = new ArrayList<>();
        Object arns = members.get("sourceQueueArns");
        if (arns instanceof List<?> list) {
            for (Object arn : list) {
                if (!(arn instanceof String text)) {
                    throw invalid(json, "sourceQueueArns must be a list of queue ARNs.");
                }
                sources.add(text);
            }
        } else if (arns != null) {
            throw invalid(json, "sourceQueueArns must be a list of queue ARNs.");
        }
        if (permission == Permission.BY_QUEUE && (sources.isEmpty() || sources.size() > MAXIMUM_SOURCE_QUEUES)) {
            throw invalid(json, "Amazon SQS can't create the redrive allow policy. When you specify the byQueue"
                    + " permission type, you must also specify one or more sourceQueueArns values (at most 10).");
        }
        if (permission != Permission.BY_QUEUE && !sources.isEmpty()) {
            throw invalid(json, "Amazon SQS can't create the redrive allow policy. To specify one or more"
                    + " source queue ARNs, you must set redrivePermission to byQueue.");
        }
        return new RedriveAllowPolicy(permission, sources);
    }

    /** The attribute's value as GetQueueAttributes answers it. */
    String toJson() {
        StringBuilder json = new StringBuilder("{\"redrivePermission\":")
                .append(JsonStrings.quoted(permission.wireName()));
        if (permission == Permission.BY_QUEUE) {
            json.append(",\"sourceQueueArns\":[");
            for (int index = 0; index < sourceQueueArns.size(); index++) {
                json.append(index == 0 ? "" : ",").append(JsonStrings.quoted(sourceQueueArns.get(index)));
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static BaristaException invalid(String json, String reason) {
        return BaristaException.invalidParameter("Value " + json + " for parameter RedriveAllowPolicy is invalid."
                + " Reason: " + reason);
    }

    /** {@code redrivePermission}. */
    public enum Permission {
        ALLOW_ALL("allowAll"),
        DENY_ALL("denyAll"),
        BY_QUEUE("byQueue");

        private final String wireName;

        Permission(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Permission fromWireName(String name) {
            for (Permission permission : values()) {
                if (permission.wireName.equals(name)) {
                    return permission;
                }
            }
            return null;
        }
    }
}
