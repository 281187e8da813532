package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.LinearWeights;
import org.claimlens.analysis.learning.LogisticRegression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code train-checkworthiness TRAIN.tsv DEV.tsv [OUT]}: fits every {@link Approach} on TRAIN, picks the threshold
 * and the approach with the best "Yes" F1 on DEV (never fitting on it), and writes that model with its provenance.
 */
public final class CheckWorthinessTraining {

    static final Path DEFAULT_OUTPUT = Path.of("analysis-service/src/main/resources", CheckWorthinessScorer.SHIPPED_MODEL);

    private CheckWorthinessTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: train-checkworthiness TRAIN.tsv DEV.tsv [OUT]");
            System.exit(2);
        }
        Path train = Path.of(args[0]);
        Path dev = Path.of(args[1]);
        Path out = args.length == 3 ? Path.of(args[2]) : DEFAULT_OUTPUT;
        List<LabelledSentence> trainSentences = CheckThatTsv.read(train);
        List<LabelledSentence> devSentences = CheckThatTsv.read(dev);
        System.out.printf(Locale.ROOT, "train %s: %d sentences, %d Yes; dev %s: %d sentences, %d Yes%n", train,
                trainSentences.size(), yes(trainSentences), dev, devSentences.size(), yes(devSentences));
        Candidate best = compare(Approach.ALL_APPROACHES, trainSentences, devSentences);
        LinearModel shipped = roundTrip(best.model());
        boolean[] devGold = LabelledVectors.gold(devSentences);
        double[] devScores = devSentences.stream().mapToDouble(s -> new CheckWorthinessScorer(shipped).score(s.text()))
                .toArray();
        YesClassScore score = YesClassScore.of(devGold, devScores, shipped.threshold());
        String provenance = String.format(Locale.ROOT, """
                ClaimLens check-worthiness model: logistic regression over hashed features (CheckWorthinessTraining).
                trained on: %s (%d sentences, %d Yes) on %s; threshold and approach chosen on %s (%d sentences)
                data: CLEF CheckThat! 2024 task 1 English (Hasanain et al. 2024, from ClaimBuster, Arslan et al. 2020)
                approach: %s; features: %s; training: %s
                dev Yes-class at threshold %.4f: precision %.4f recall %.4f F1 %.4f""",
                train.getFileName(), trainSentences.size(), yes(trainSentences), LocalDate.now(), dev.getFileName(),
                devSentences.size(), best.approach().name(), best.approach().features().describe(),
                best.approach().training().describe(), shipped.threshold(), score.precision(), score.recall(),
                score.f1());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (var writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ModelFile.write(shipped.withThreshold(shipped.threshold(), provenance), writer);
        }
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes): %s%n", out, Files.size(out), best.approach().name());
        System.out.printf(Locale.ROOT, "{\"approach\":\"%s\",\"threshold\":%.4f,\"precision\":%.4f,\"recall\":%.4f,"
                + "\"f1\":%.4f}%n", best.approach().name(), shipped.threshold(), score.precision(), score.recall(),
                score.f1());
    }

    /** Trains each approach, prints its dev scores and returns the best; feature extraction is shared where it can be. */
    static Candidate compare(List<Approach> approaches, List<LabelledSentence> train, List<LabelledSentence> dev) {
        Map<FeatureSettings, LabelledVectors[]> extracted = new LinkedHashMap<>();
        Candidate best = null;
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %9s %8s %8s%n", "approach", "F1@0.5", "F1@best", "threshold",
                "P", "R");
        for (Approach approach : approaches) {
            LabelledVectors[] data = extracted.computeIfAbsent(approach.features(), features -> {
                SentenceFeatures extractor = new SentenceFeatures(features);
                return new LabelledVectors[] {new LabelledVectors(train, extractor), new LabelledVectors(dev, extractor)};
            });
            LinearModel model = train(approach, data[0]);
            double[] scores = data[1].scores(model);
            double threshold = ThresholdChoice.best(data[1].gold(), scores);
            YesClassScore atHalf = YesClassScore.of(data[1].gold(), scores, 0.5);
            YesClassScore atBest = YesClassScore.of(data[1].gold(), scores, threshold);
            System.out.printf(Locale.ROOT, "%-34s %8.4f %8.4f %9.4f %8.4f %8.4f%n", approach.name(), atHalf.f1(),
                    atBest.f1(), threshold, atBest.precision(), atBest.recall());
            if (best == null || atBest.f1() > best.devF1()) {
                best = new Candidate(approach, model.withThreshold(threshold, ""), atBest.f1());
            }
        }
        return best;
    }

    /** Fits one approach on vectors already extracted, so that several approaches can share one extraction. */
    static LinearModel train(Approach approach, LabelledVectors data) {
        LinearWeights fitted = new LogisticRegression(approach.training())
                .train(data.vectors(), data.gold(), approach.features().slots());
        return new LinearModel(approach.features(), fitted.weights(), fitted.bias(), 0.5, "");
    }

    /** The model as it will be read back from its file, weights rounded and pruned, so its dev score is honest. */
    private static LinearModel roundTrip(LinearModel model) throws IOException {
        StringWriter text = new StringWriter();
        ModelFile.write(model, text);
        return ModelFile.read(new BufferedReader(new StringReader(text.toString())));
    }

    private static long yes(List<LabelledSentence> sentences) {
        return sentences.stream().filter(LabelledSentence::checkWorthy).count();
    }

    record Candidate(Approach approach, LinearModel model, double devF1) {
    }
}
