package dev.barista.core.eventinvoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionReference;
import dev.barista.core.function.FunctionService;

/**
 * What a destination may be, checked as Lambda checks it once the ARN has the right form: a Lambda function of
 * this account and region that exists and is not the function itself, or an SQS queue (whose existence, like a
 * FIFO queue's unsuitability, shows at delivery, as on AWS). SNS topics, EventBridge buses and S3 buckets are
 * answered as AWS answers a target it cannot reach, since Barista has none of them yet; any other service makes the
 * whole configuration invalid.
 */
final class DestinationTargets {
    private DestinationTargets() {
    }

    static void check(String functionName, DestinationConfig config, FunctionService functions) {
        boolean valid = check(functionName, config.onSuccess(), functions)
                & check(functionName, config.onFailure(), functions);
        if (!valid) {
            throw BaristaException.invalidParameter("The provided destination config DestinationConfig(onSuccess="
                    + describe("OnSuccess", config.onSuccess()) + ", onFailure="
                    + describe("OnFailure", config.onFailure()) + ") is invalid.");
        }
    }

    /** False for a service that is never a destination; throws for a target of a known service that is wrong. */
    private static boolean check(String functionName, String arn, FunctionService functions) {
        if (arn == null || arn.isEmpty()) {
            return true;
        }
        String[] parts = arn.split(":", 6);
        return switch (parts[2]) {
            case "lambda" -> {
                checkFunction(functionName, arn, parts, functions);
                yield true;
            }
            case "sqs" -> true;
            case "sns", "events", "s3" -> throw invalidArn(arn);
            default -> false;
        };
    }

    private static void checkFunction(String functionName, String arn, String[] parts, FunctionService functions) {
        AccountSettings account = functions.account();
        if (parts.length < 6 || !account.region().equals(parts[3]) || !account.accountId().equals(parts[4])
                || !parts[5].startsWith("function:")) {
            throw invalidArn(arn);
        }
        FunctionReference target;
        try {
            target = FunctionReference.parse(arn, null);
            functions.configuration(target.functionName(), target.qualifier());
        } catch (BaristaException unknown) {
            throw invalidArn(arn);
        }
        if (target.functionName().equals(functionName)) {
            throw new BaristaException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "You can't specify the function as a destination for itself.");
        }
    }

    private static BaristaException invalidArn(String arn) {
        return BaristaException.invalidParameter("The destination ARN " + arn + " is invalid.");
    }

    private static String describe(String member, String arn) {
        return arn == null || arn.isEmpty() ? "null" : member + "(destination=" + arn + ")";
    }
}
