package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.runtime.api.RuntimeErrors;

/** The init error of a function whose runtime has no interpreter on this host (CreateFunction should refuse it). */
final class NotInstalled {

    private NotInstalled() {
    }

    static Entrypoint entrypoint(EnvironmentSpec spec) {
        return new Entrypoint.Invalid(RuntimeErrors.initFailure(RuntimeErrors.INVALID_ENTRYPOINT,
                "Runtime " + spec.function().runtime().identifier() + " is not installed on this host"));
    }
}
