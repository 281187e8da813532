package org.claimlens.analysis.evaluation;

import org.claimlens.analysis.checkworthiness.CheckThatTsv;
import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;
import org.claimlens.analysis.checkworthiness.LabelledSentence;
import org.claimlens.analysis.checkworthiness.YesClassScore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code checkworthiness-tsv FILE [--model MODEL]}: scores the check-worthiness classifier (the shipped model unless
 * another file is given) on a CheckThat! 2024 task 1 file, as precision, recall and F1 of the "Yes" class.
 */
final class CheckWorthinessTsvCommand implements Subcommand {

    @Override
    public String name() {
        return "checkworthiness-tsv";
    }

    @Override
    public String usage() {
        return "checkworthiness-tsv FILE [--model MODEL]   check-worthy sentences on a CheckThat! 2024 task 1 file";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        boolean withModel = args.size() == 3 && args.get(1).equals("--model");
        if (!(args.size() == 1 || withModel) || args.get(0).startsWith("--")) {
            throw new UsageException("checkworthiness-tsv wants a file and optionally --model MODEL");
        }
        List<LabelledSentence> sentences = read(Path.of(args.get(0)));
        CheckWorthinessScorer scorer = withModel ? scorer(Path.of(args.get(2))) : CheckWorthinessScorer.shipped();
        boolean[] gold = new boolean[sentences.size()];
        double[] scores = new double[sentences.size()];
        sentences.forEach(sentence -> scorer.score(sentence.text()));
        long start = System.nanoTime();
        for (int i = 0; i < gold.length; i++) {
            gold[i] = sentences.get(i).checkWorthy();
            scores[i] = scorer.score(sentences.get(i).text());
        }
        double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, gold.length);
        print(out, args.get(0), gold.length, YesClassScore.of(gold, scores, scorer.threshold()), scorer.threshold(), micros);
        return 0;
    }

    private static void print(PrintStream out, String file, int n, YesClassScore score, double threshold, double micros) {
        int positives = score.truePositives() + score.falseNegatives();
        out.printf(Locale.ROOT, "CheckThat! check-worthiness, %s: %d sentences, %d Yes%n", file, n, positives);
        out.printf(Locale.ROOT, "threshold %.4f; predicted Yes %d, right %d%n", threshold,
                score.truePositives() + score.falsePositives(), score.truePositives());
        out.printf(Locale.ROOT, "Yes class: precision %.4f  recall %.4f  F1 %.4f%n", score.precision(),
                score.recall(), score.f1());
        out.printf(Locale.ROOT, "scoring: %.1f microseconds a sentence%n", micros);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", score.precision());
        json.put("recall", score.recall());
        json.put("f1", score.f1());
        json.put("threshold", threshold);
        json.put("n", n);
        json.put("positives", positives);
        json.put("microseconds_per_sentence", micros);
        out.println(Json.write(json));
    }

    private static List<LabelledSentence> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        try {
            return CheckThatTsv.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static CheckWorthinessScorer scorer(Path model) {
        if (!Files.isReadable(model)) {
            throw new UsageException("cannot read model " + model);
        }
        try {
            return CheckWorthinessScorer.fromFile(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
