package org.claimlens.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The project's example articles, and the shared sample articles when this machine has them. */
final class Articles {

    private Articles() {
    }

    static String example(String name) {
        return read(ProjectLayout.root().resolve("examples").resolve(name));
    }

    /** A sample from ../shared/corpus/samples, absent on machines without the shared folder. */
    static Optional<String> sharedSample(String name) {
        Path path = ProjectLayout.root().resolveSibling("shared").resolve("corpus/samples").resolve(name);
        return Files.exists(path) ? Optional.of(read(path)) : Optional.empty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
