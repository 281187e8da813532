package org.claimlens.analysis.training;

import org.claimlens.analysis.evaluation.AttributionCounts;
import org.claimlens.analysis.evaluation.AttributionRelation;
import org.claimlens.analysis.evaluation.PolnearArticle;
import org.claimlens.analysis.evaluation.ProductAttribution;
import org.claimlens.analysis.extraction.AttributedClaims;
import org.claimlens.analysis.extraction.ClaimKind;
import org.claimlens.analysis.extraction.ClaimantFeatures;
import org.claimlens.analysis.extraction.ClaimantModel;
import org.claimlens.analysis.extraction.CueModel;
import org.claimlens.analysis.extraction.ExtractionSettings;
import org.claimlens.analysis.learning.LinearClassifier;
import org.claimlens.analysis.learning.LinearWeights;
import org.claimlens.analysis.learning.TrainingSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code train-attribution TRAIN_DIR DEV_DIR [OUT_DIR] [--cache DIR]}: fits the cue and claimant models on a PolNeAR
 * split (TRAIN_DIR holds {@code text/} and {@code attributions/}), chooses the approach and the thresholds that clear
 * the relation-F1 and claimant-accuracy goals by the widest margin on DEV_DIR (never fitting on DEV_DIR) and writes
 * both models with their provenance.
 */
public final class AttributionTraining {

    static final Path DEFAULT_OUTPUT = Path.of("analysis-service/src/main/resources/extraction");
    private static final double[] CUE_THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65};
    private static final double[] CLAIMANT_THRESHOLDS = {0.02, 0.05, 0.1};
    /** The product's goals: relation F1, and the share of found claims whose claimant is right. */
    private static final double F1_GOAL = 0.75;
    private static final double CLAIMANT_ACCURACY_GOAL = 0.85;
    private static final ClaimantFeatures CLAIMANT_FEATURES = new ClaimantFeatures(18);
    private static final int CLAIMANT_MIN_COUNT = 3;
    private static final TrainingSettings CLAIMANT_TRAINING = new TrainingSettings(1e-6, 1, 0.1, 5, 20181105L);

    private AttributionTraining() {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Path cache = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cache") && i + 1 < args.length) {
                cache = Path.of(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            System.err.println("usage: train-attribution TRAIN_DIR DEV_DIR [OUT_DIR] [--cache DIR]");
            System.exit(2);
        }
        Path train = Path.of(positional.get(0));
        Path dev = Path.of(positional.get(1));
        Path out = positional.size() == 3 ? Path.of(positional.get(2)) : DEFAULT_OUTPUT;
        long start = System.nanoTime();
        TokenCache tokens = new TokenCache(cache);
        List<LabelledDocument> trainDocuments = load(train, "train", tokens);
        List<LabelledDocument> devDocuments = load(dev, "dev", tokens);
        System.out.printf(Locale.ROOT, "parsed %d train and %d dev articles in %.0f s%n", trainDocuments.size(),
                devDocuments.size(), (System.nanoTime() - start) / 1e9);
        Examples claimantExamples = ClaimantExamples.of(trainDocuments, CLAIMANT_FEATURES);
        LinearWeights claimantWeights = claimantExamples.fit(CLAIMANT_TRAINING, CLAIMANT_FEATURES.slots(),
                CLAIMANT_MIN_COUNT);
        System.out.printf(Locale.ROOT, "claimant model: %d examples%n", claimantExamples.size());
        Candidate best = null;
        for (CueApproach approach : CueApproach.ALL) {
            Candidate candidate = fit(approach, trainDocuments, devDocuments, claimantWeights);
            if (best == null || candidate.isBetterThan(best)) {
                best = candidate;
            }
        }
        write(best, train, dev, trainDocuments.size(), out);
        System.out.printf(Locale.ROOT, "wrote %s in %.0f s: %s at cue threshold %.2f, claimant threshold %.2f%n", out,
                (System.nanoTime() - start) / 1e9, best.approach().name(), best.cues().classifier().threshold(),
                best.claimants().classifier().threshold());
    }

    private static List<LabelledDocument> load(Path split, String name, TokenCache tokens) {
        List<LabelledDocument> documents = new ArrayList<>();
        for (PolnearArticle article : PolnearArticle.read(split, Integer.MAX_VALUE)) {
            documents.add(LabelledDocument.of(article, tokens.parse(name + "/" + article.name(), article.text())));
        }
        return documents;
    }

    /** Trains one cue approach on the train split and picks both thresholds on dev. */
    static Candidate fit(CueApproach approach, List<LabelledDocument> train, List<LabelledDocument> dev,
                         LinearWeights claimantWeights) {
        long start = System.nanoTime();
        Examples examples = new Examples();
        for (LabelledDocument document : train) {
            for (int i = 0; i < document.cueTokens().length; i++) {
                if (!document.context().isQuoted(i)) {
                    examples.add(approach.features().of(document.context(), i), document.cueTokens()[i]);
                }
            }
        }
        LinearWeights weights = examples.fit(approach.training(), approach.features().slots(), approach.minCount());
        double seconds = (System.nanoTime() - start) / 1e9;
        Candidate best = null;
        for (double cueThreshold : CUE_THRESHOLDS) {
            for (double claimantThreshold : CLAIMANT_THRESHOLDS) {
                CueModel cues = new CueModel(new LinearClassifier(CueModel.settings(approach.features()), weights,
                        cueThreshold, ""));
                ClaimantModel claimants = new ClaimantModel(new LinearClassifier(
                        ClaimantModel.settings(CLAIMANT_FEATURES), claimantWeights, claimantThreshold, ""));
                AttributionCounts counts = score(cues, claimants, dev);
                System.out.printf(Locale.ROOT, "%-30s cue>=%.2f claimant>=%.2f P %.3f R %.3f F1 %.3f claimant %.3f"
                        + " cue %.3f (%d examples, %.0f s)%n", approach.name(), cueThreshold, claimantThreshold,
                        counts.precision(), counts.recall(), counts.f1(), counts.claimantAccuracy(), counts.cueF1(),
                        examples.size(), seconds);
                Candidate candidate = new Candidate(approach, cues, claimants, counts);
                if (best == null || candidate.isBetterThan(best)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    static AttributionCounts score(CueModel cues, ClaimantModel claimants, List<LabelledDocument> documents) {
        AttributedClaims finder = new AttributedClaims(cues, claimants, ExtractionSettings.DEFAULT_MIN_QUOTE_TOKENS);
        AttributionCounts counts = AttributionCounts.NONE;
        for (LabelledDocument document : documents) {
            List<AttributionRelation> found = finder.find(document.context().document()).stream()
                    .filter(claim -> claim.kind() != ClaimKind.AUTHOR)
                    .map(ProductAttribution::relation)
                    .toList();
            counts = counts.plus(document.article().score(found));
        }
        return counts;
    }

    private static void write(Candidate best, Path train, Path dev, int trainArticles, Path out) throws IOException {
        AttributionCounts d = best.dev();
        String common = String.format(Locale.ROOT, """
                trained on: %s (%d articles) on %s; approach and thresholds chosen on %s
                data: PolNeAR (Newell, Margolin & Ruths, LREC 2018), the cue and source of every attribution relation
                dev relations with both models: precision %.4f recall %.4f F1 %.4f claimant %.4f cue F1 %.4f""",
                train.toAbsolutePath().normalize().getFileName(), trainArticles, LocalDate.now(),
                dev.toAbsolutePath().normalize().getFileName(), d.precision(), d.recall(), d.f1(),
                d.claimantAccuracy(), d.cueF1());
        Files.createDirectories(out);
        writeModel(best.cues().classifier(), out.resolve("cue-model.tsv"), String.format(Locale.ROOT,
                "ClaimLens cue model: logistic regression over hashed token features (AttributionTraining).%n"
                + "approach: %s; training: %s; feature slots seen in at least %d tokens%n", best.approach().name(),
                best.approach().training().describe(), best.approach().minCount())
                + common);
        writeModel(best.claimants().classifier(), out.resolve("claimant-model.tsv"), String.format(Locale.ROOT,
                "ClaimLens claimant model: logistic regression over a cue and a candidate word (AttributionTraining).%n"
                + "training: %s; feature slots seen in at least %d examples%n", CLAIMANT_TRAINING.describe(),
                CLAIMANT_MIN_COUNT) + common);
    }

    private static void writeModel(LinearClassifier classifier, Path file, String provenance) throws IOException {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            classifier.withThreshold(classifier.threshold(), provenance).write(writer);
        }
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", file, Files.size(file));
    }

    /** One trained setting and its dev scores. */
    record Candidate(CueApproach approach, CueModel cues, ClaimantModel claimants, AttributionCounts dev) {

        /**
         * The product has two goals, relation F1 and claimant accuracy; the better setting is the one whose smaller
         * margin over its goal is larger, so that neither is bought with the other.
         */
        boolean isBetterThan(Candidate other) {
            return margin() > other.margin();
        }

        private double margin() {
            return Math.min(dev.f1() - F1_GOAL, dev.claimantAccuracy() - CLAIMANT_ACCURACY_GOAL);
        }
    }
}
