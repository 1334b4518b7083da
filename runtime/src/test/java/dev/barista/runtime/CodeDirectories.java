package dev.barista.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies function fixtures (test resources, compiled test classes) into a code directory. */
final class CodeDirectories {

    private CodeDirectories() {
    }

    /** Copies the resource directory {@code functions/<name>} and makes every file in it executable. */
    static Path fromResources(String name, Path target) {
        return copyTree(resource("/functions/" + name), target);
    }

    /** Copies compiled test classes of one package, keeping the package directories. */
    static Path fromClasses(Package javaPackage, Path target) {
        String directory = javaPackage.getName().replace('.', '/');
        copyTree(resource("/" + directory), target.resolve(directory));
        return target;
    }

    private static Path resource(String name) {
        try {
            return Path.of(CodeDirectories.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException missing) {
            throw new IllegalArgumentException("no test resource " + name, missing);
        }
    }

    private static Path copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    copy.toFile().setExecutable(true);
                }
            }
            return target;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
