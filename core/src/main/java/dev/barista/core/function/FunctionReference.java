package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function named as Lambda accepts it: a name, a partial ARN ({@code 123456789012:function:name}) or a full
 * ARN, each optionally qualified ({@code name:alias}), plus an optional separate qualifier.
 *
 * @param qualifier a version number, {@code $LATEST} or an alias name; null when none was given
 */
public record FunctionReference(String functionName, String qualifier) {

    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:arn:(?:aws[a-zA-Z-]*):lambda:)?(?:([a-z]{2}(?:-gov)?-[a-z]+-\\d):)?(?:(\\d{12}):)?(?:function:)?"
                    + "([a-zA-Z0-9-_]+)(?::(\\$LATEST|[a-zA-Z0-9-_]+))?$");
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9-_]{1,64}$");
    private static final Pattern QUALIFIER = Pattern.compile("^(|[a-zA-Z0-9$_-]{1,128})$");
    static final String PATTERN_TEXT = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
            + "(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    /**
     * Parses what a caller sent.
     *
     * @throws BaristaException VALIDATION when the text is not a function name or ARN, or when the qualifier in
     *     the ARN and the separate qualifier disagree (INVALID_PARAMETER_VALUE, as Lambda answers)
     */
    public static FunctionReference parse(String nameOrArn, String separateQualifier) {
        if (nameOrArn == null || nameOrArn.isEmpty() || nameOrArn.length() > 170) {
            throw patternViolation(nameOrArn);
        }
        Matcher matcher = REFERENCE.matcher(nameOrArn);
        if (!matcher.matches() || matcher.group(3).length() > 64) {
            throw patternViolation(nameOrArn);
        }
        String embedded = matcher.group(4);
        String qualifier = separateQualifier == null || separateQualifier.isEmpty() ? null : separateQualifier;
        if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + qualifier
                    + "' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern:"
                    + " (|[a-zA-Z0-9$_-]+)");
        }
        if (embedded != null && qualifier != null && !embedded.equals(qualifier)) {
            throw BaristaException.invalidParameter("The derived qualifier from the function name does not match"
                    + " the specified qualifier.");
        }
        return new FunctionReference(matcher.group(3), embedded != null ? embedded : qualifier);
    }

    /** Checks a plain function name (as CreateFunction takes it, which may also be an ARN). */
    public static String requireName(String nameOrArn) {
        FunctionReference reference = parse(nameOrArn, null);
        if (reference.qualifier() != null) {
            throw BaristaException.validation("1 validation error detected: Value '" + nameOrArn
                    + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
                    + "(function:)?([a-zA-Z0-9-_]+)");
        }
        return reference.functionName();
    }

    static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The qualifier, or {@code $LATEST} when none was given. */
    public String qualifierOrLatest() {
        return qualifier == null ? FunctionConfiguration.LATEST : qualifier;
    }

    private static BaristaException patternViolation(String value) {
        return BaristaException.validation("1 validation error detected: Value '" + value
                + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + PATTERN_TEXT);
    }
}
