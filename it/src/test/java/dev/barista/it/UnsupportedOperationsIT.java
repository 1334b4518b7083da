package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Lambda operation Barista does not implement answers HTTP 501 {@code NotImplemented} (listed in the README). */
@ExtendWith(BaristaExtension.class)
class UnsupportedOperationsIT {
    private final Barista barista;

    UnsupportedOperationsIT(Barista barista) {
        this.barista = barista;
    }

    @Test
    void getFunctionUrlConfigIsNotImplemented() {
        String name = Barista.uniqueName("no-url");
        barista.createPython(name);

        assertAwsError(501, "NotImplemented",
                () -> barista.lambda().getFunctionUrlConfig(request -> request.functionName(name)));
    }

    @Test
    void listLayersIsNotImplemented() {
        assertAwsError(501, "NotImplemented", () -> barista.lambda().listLayers(request -> { }));
    }
}
