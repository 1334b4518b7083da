package dev.barista.core.function;

/**
 * PublishVersion returns the newest version instead of creating one when neither code nor configuration changed
 * since it was published.
 */
final class SamePublishedState {
    private SamePublishedState() {
    }

    static boolean matches(FunctionConfiguration published, FunctionConfiguration latest) {
        return published.code().equals(latest.code())
                && published.runtime() == latest.runtime()
                && published.handler().equals(latest.handler())
                && java.util.Objects.equals(published.role(), latest.role())
                && published.timeoutSeconds() == latest.timeoutSeconds()
                && published.memorySizeMegabytes() == latest.memorySizeMegabytes()
                && published.ephemeralStorageMegabytes() == latest.ephemeralStorageMegabytes()
                && published.environment().equals(latest.environment())
                && published.architecture() == latest.architecture()
                && java.util.Objects.equals(published.deadLetterTargetArn(), latest.deadLetterTargetArn())
                && published.settings().equals(latest.settings());
    }
}
