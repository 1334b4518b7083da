package dev.barista.aws.sqs.wire;

import dev.barista.aws.http.QueryParameters;
import dev.barista.aws.protocol.RequestContext;
import dev.barista.core.error.BaristaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQS's awsQuery parameters, read the way its model flattens them: lists as {@code Member.1}, {@code Member.2};
 * maps as {@code Member.N.Name}/{@code Member.N.Value} (or {@code Key}/{@code Value}); structures of a list as
 * {@code Member.N.Field}. A scoped input reads one structure of a list. Immutable.
 */
public final class QueryInput {
    private final QueryParameters parameters;
    private final String scope;
    private final String rawPath;

    private QueryInput(QueryParameters parameters, String scope, String rawPath) {
        this.parameters = parameters;
        this.scope = scope;
        this.rawPath = rawPath;
    }

    public static QueryInput of(QueryParameters parameters, RequestContext context) {
        return new QueryInput(parameters, "", context.rawPath());
    }

    /**
     * The QueueUrl parameter, or else the request's path: SQS's awsQuery clients (SDK v1) post to the queue URL and
     * leave the parameter out.
     */
    String queueUrl() {
        String queueUrl = string("QueueUrl");
        if (queueUrl == null && rawPath != null && !rawPath.equals("/") && !rawPath.isEmpty()) {
            return rawPath;
        }
        return queueUrl;
    }

    String string(String member) {
        return parameters.first(scope + member);
    }

    /**
     * @throws BaristaException INVALID_PARAMETER_VALUE when the value is not an integer
     */
    Integer integer(String member) {
        String value = string(member);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            throw BaristaException.invalidParameter("Value " + value + " for parameter " + member + " is invalid."
                    + " Reason: Must be an integer.");
        }
    }

    /** {@code Member.1}, {@code Member.2}, ... in index order; null when there are none. */
    List<String> list(String member) {
        Map<Integer, String> values = new TreeMap<>();
        for (int index : indices(member)) {
            String value = parameters.first(scope + member + "." + index);
            if (value != null) {
                values.put(index, value);
            }
        }
        return values.isEmpty() ? null : new ArrayList<>(values.values());
    }

    /** {@code Member.N.<key>} to {@code Member.N.<value>}; null when there are none. */
    Map<String, String> map(String member, String key, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int index : indices(member)) {
            String name = parameters.first(scope + member + "." + index + "." + key);
            if (name != null) {
                map.put(name, parameters.first(scope + member + "." + index + "." + value));
            }
        }
        return map.isEmpty() ? null : map;
    }

    /** The structures {@code Member.N.*}, in index order; null when there are none. */
    List<QueryInput> structures(String member) {
        List<QueryInput> structures = new ArrayList<>();
        for (int index : indices(member)) {
            structures.add(new QueryInput(parameters, scope + member + "." + index + ".", rawPath));
        }
        return structures.isEmpty() ? null : structures;
    }

    /** The indices that parameters {@code Member.N} or {@code Member.N.*} use, ascending. */
    private List<Integer> indices(String member) {
        String prefix = scope + member + ".";
        java.util.SortedSet<Integer> indices = new java.util.TreeSet<>();
        for (String name : parameters.asMap().keySet()) {
            if (name.startsWith(prefix)) {
                int end = name.indexOf('.', prefix.length());
                String index = name.substring(prefix.length(), end < 0 ? name.length() : end);
                if (!index.isEmpty() && index.length() < 6 && index.chars().allMatch(Character::isDigit)) {
                    indices.add(Integer.parseInt(index));
                }
            }
        }
        return new ArrayList<>(indices);
    }
}
