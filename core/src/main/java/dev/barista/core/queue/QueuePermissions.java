package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * AddPermission and RemovePermission: statements of the queue's {@code Policy}, one per label, granting accounts
 * SQS actions on the queue, written as SQS writes them. The policy is stored, not enforced.
 */
final class QueuePermissions {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final int MAXIMUM_ACTIONS = 7;

    private QueuePermissions() {
    }

    /**
     * The policy with a statement labeled {@code label} granting {@code accountIds} the {@code actions}.
     *
     * @param policy the queue's policy, or null
     */
    static String add(String policy, String queueArn, String label, List<String> accountIds, List<String> actions) {
        requireLabel(label);
        if (accountIds == null || accountIds.isEmpty()) {
            throw missing("AWSAccountId.1");
        }
        if (actions == null || actions.isEmpty()) {
            throw missing("ActionName.1");
        }
        if (actions.size() > MAXIMUM_ACTIONS) {
            throw new BaristaException(ErrorCode.OVER_LIMIT, "Value " + actions + " for parameter ActionName is"
                    + " invalid. Reason: Only " + MAXIMUM_ACTIONS + " actions are allowed in a statement.");
        }
        List<String> principals = new ArrayList<>();
        for (String account : accountIds) {
            if (!ACCOUNT.matcher(account).matches()) {
                throw BaristaException.invalidParameter("Value " + account + " for parameter PrincipalId is"
                        + " invalid. Reason: Unable to verify.");
            }
            principals.add("arn:aws:iam::" + account + ":root");
        }
        Map<String, Object> document = document(policy, queueArn);
        List<Object> statements = statements(document);
        if (statements.stream().anyMatch(statement -> label.equals(sid(statement)))) {
            throw BaristaException.invalidParameter("Value " + label + " for parameter Label is invalid. Reason:"
                    + " Already exists.");
        }
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", label);
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("AWS", principals.size() == 1 ? principals.getFirst() : principals));
        List<String> granted = actions.stream().map(action -> "SQS:" + action).toList();
        statement.put("Action", granted.size() == 1 ? granted.getFirst() : granted);
        statement.put("Resource", queueArn);
        statements.add(statement);
        return PolicyJson.write(document);
    }

    /** The policy without the statement labeled {@code label}. */
    static String remove(String policy, String queueArn, String label) {
        requireLabel(label);
        Map<String, Object> document = document(policy, queueArn);
        List<Object> statements = statements(document);
        if (!statements.removeIf(statement -> label.equals(sid(statement)))) {
            throw BaristaException.invalidParameter("Value " + label + " for parameter Label is invalid. Reason:"
                    + " can't find label on existing policy.");
        }
        return PolicyJson.write(document);
    }

    private static Map<String, Object> document(String policy, String queueArn) {
        if (policy != null) {
            return PolicyJson.readObject(policy).orElseThrow();
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Id", queueArn + "/SQSDefaultPolicy");
        document.put("Statement", new ArrayList<>());
        return document;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> statements(Map<String, Object> document) {
        Object statements = document.get("Statement");
        List<Object> list = new ArrayList<>();
        if (statements instanceof List<?> existing) {
            list.addAll(existing);
        } else if (statements != null) {
            list.add(statements);
        }
        document.put("Statement", list);
        return list;
    }

    private static String sid(Object statement) {
        return statement instanceof Map<?, ?> map && map.get("Sid") instanceof String sid ? sid : null;
    }

    private static void requireLabel(String label) {
        if (label == null || label.isEmpty()) {
            throw missing("Label");
        }
        if (!LABEL.matcher(label).matches()) {
            throw BaristaException.invalidParameter("Value " + label + " for parameter Label is invalid. Reason: Can"
                    + " only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.");
        }
    }

    private static BaristaException missing(String parameter) {
        return new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter "
                + parameter + ".");
    }
}
