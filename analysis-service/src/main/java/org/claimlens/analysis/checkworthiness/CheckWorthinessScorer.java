package org.claimlens.analysis.checkworthiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores how check-worthy a sentence is (0..1) with the linear model shipped in
 * {@code checkworthiness/model.tsv}; thread-safe and cheap (microseconds a sentence), so it can run on every claim.
 */
public final class CheckWorthinessScorer {

    static final String SHIPPED_MODEL = "checkworthiness/model.tsv";

    private final LinearModel model;
    private final SentenceFeatures features;

    CheckWorthinessScorer(LinearModel model) {
        this.model = model;
        this.features = new SentenceFeatures(model.features());
    }

    /** The scorer of the shipped model, read from the class path on first use and shared afterwards. */
    public static CheckWorthinessScorer shipped() {
        return Shipped.SCORER;
    }

    /** A scorer of a model file written by the training command, e.g. to evaluate one before shipping it. */
    public static CheckWorthinessScorer fromFile(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CheckWorthinessScorer(ModelFile.read(in));
        }
    }

    public double score(String sentence) {
        return model.score(features.of(sentence));
    }

    public CheckWorthiness classify(String sentence) {
        return score(sentence) >= model.threshold() ? CheckWorthiness.CHECK_WORTHY : CheckWorthiness.NOT_CHECK_WORTHY;
    }

    /** The score from which a sentence is {@link CheckWorthiness#CHECK_WORTHY}, chosen on held-out data. */
    public double threshold() {
        return model.threshold();
    }

    /** What the model was trained on, when, with which settings and how it scored; from the model file's header. */
    public String provenance() {
        return model.provenance();
    }

    /** Holder idiom: the JVM loads the model once, on first use, without locking afterwards. */
    private static final class Shipped {
        private static final CheckWorthinessScorer SCORER = load();

        private static CheckWorthinessScorer load() {
            InputStream stream = CheckWorthinessScorer.class.getClassLoader().getResourceAsStream(SHIPPED_MODEL);
            if (stream == null) {
                throw new IllegalStateException("no " + SHIPPED_MODEL + " on the class path");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                return new CheckWorthinessScorer(ModelFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
