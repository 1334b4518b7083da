package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import dev.barista.core.function.AccountSettings;

/**
 * Log group ARNs: {@code arn:aws:logs:<region>:<account>:log-group:<name>}; DescribeLogGroups' {@code arn} adds
 * {@code :*}. An ARN of another account or region names a group that does not exist here.
 */
final class LogGroupArns {
    private final String prefix;

    LogGroupArns(AccountSettings account) {
        this.prefix = "arn:aws:logs:" + account.region() + ":" + account.accountId() + ":log-group:";
    }

    String of(String groupName) {
        return prefix + groupName;
    }

    /** The group an ARN names; {@code InvalidParameterException} when it is not a log group ARN. */
    String groupName(String arn) {
        LogLimits.required(arn, "resourceArn");
        if (!arn.startsWith("arn:") || !arn.contains(":log-group:")) {
            throw BaristaException.invalidParameter("Invalid ARN format: " + arn);
        }
        if (!arn.startsWith(prefix)) {
            throw BaristaException.notFound("The specified log group does not exist.");
        }
        String name = arn.substring(prefix.length());
        return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
    }

    /** A GetLogEvents/FilterLogEvents/DescribeLogStreams group: exactly one of a name and an identifier. */
    String resolve(String groupName, String groupIdentifier) {
        if ((groupName == null) == (groupIdentifier == null)) {
            throw BaristaException.invalidParameter(
                    "Either logGroupName or logGroupIdentifier must be specified, but not both.");
        }
        if (groupName != null) {
            return groupName;
        }
        return groupIdentifier.startsWith("arn:") ? groupName(groupIdentifier) : groupIdentifier;
    }
}
