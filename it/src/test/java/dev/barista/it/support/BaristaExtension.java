package dev.barista.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a {@link Barista} parameter to the one server shared by every test class of the run: cold starts are
 * expensive, so functions and their warm environments are reused wherever a test does not need its own server.
 * The server lives in the root store and is closed (and its data directory deleted) when the run ends.
 * Its account id is 123456789012, so that ARNs in the tests read like AWS's documentation.
 */
public final class BaristaExtension implements ParameterResolver {
    public static final String ACCOUNT_ID = "123456789012";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BaristaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Barista.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedServer.class, key -> new SharedServer(), SharedServer.class).barista;
    }

    static final class SharedServer implements AutoCloseable {
        final Path dataDirectory;
        final Barista barista;

        SharedServer() {
            try {
                dataDirectory = Files.createTempDirectory("barista-it-shared");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            barista = Barista.start(dataDirectory, ACCOUNT_ID);
        }

        @Override
        public void close() throws IOException {
            barista.close();
            deleteRecursively(dataDirectory);
        }
    }

    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        // Code directories may be read-only: make every directory writable first, then delete depth first.
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(Files::isDirectory).forEach(path -> path.toFile().setWritable(true));
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover in the temporary directory must not fail the run
                }
            }
        }
    }
}
