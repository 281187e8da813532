package org.claimlens.analysis.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One PolNeAR article with each annotator's attributions: {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann}; a few articles were annotated twice.
 */
public record PolnearArticle(String name, String text, List<List<AttributionRelation>> annotations) {

    /**
     * The articles of a split folder in name order; with a limit, that many spread evenly over the list, so that a
     * sample draws on every publisher rather than on the first in the alphabet.
     */
    public static List<PolnearArticle> read(Path split, int limit) {
        Map<String, List<Path>> annotationFiles = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(file -> file.getFileName().toString().endsWith(".ann")).forEach(file -> {
                String name = file.getFileName().toString();
                annotationFiles.computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>())
                        .add(file);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>(annotationFiles.keySet());
        List<PolnearArticle> articles = new ArrayList<>();
        int count = Math.min(limit, names.size());
        for (int i = 0; i < count; i++) {
            String name = names.get((int) ((long) i * names.size() / count));
            articles.add(read(name, split.resolve("text").resolve(name + ".txt"), annotationFiles.get(name)));
        }
        return articles;
    }

    private static PolnearArticle read(String name, Path textFile, List<Path> annotationFiles) {
        try {
            String text = Files.readString(textFile);
            List<List<AttributionRelation>> annotations = new ArrayList<>();
            for (Path file : annotationFiles.stream().sorted().toList()) {
                annotations.add(BratAttributions.parse(Files.readString(file), text));
            }
            return new PolnearArticle(name, text, annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The found attributions scored against each annotator's, averaged. */
    public AttributionCounts score(List<AttributionRelation> found) {
        AttributionCounts sum = AttributionCounts.NONE;
        for (List<AttributionRelation> gold : annotations) {
            sum = sum.plus(AttributionScorer.score(text, found, gold));
        }
        return sum.times(1.0 / annotations.size());
    }
}
