package org.claimlens.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files a load covers: named files as they are, folders walked recursively for the known extensions, sorted. */
final class InputFiles {

    /** The kinds of file the loader sends, by extension. */
    enum Kind { TEXT, HTML, NDJSON }

    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(file -> kindOf(file) != null).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + input, e);
                }
            } else if (Files.isRegularFile(input)) {
                if (kindOf(input) == null) {
                    throw new IllegalArgumentException(input + " is not a .txt, .html, .htm, .ndjson or .jsonl file");
                }
                files.add(input);
            } else {
                throw new IllegalArgumentException(input + " does not exist");
            }
        }
        return files;
    }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        return name.endsWith(".ndjson") || name.endsWith(".jsonl") ? Kind.NDJSON : null;
    }
}
