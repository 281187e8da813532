package org.claimlens.analysis.evaluation;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the result of {@code ner-conll}: a table per system, the timings, then one JSON line. */
record NerReport(int documents, List<NerRun> runs, boolean fullPipeline) {

    void print(PrintStream out) {
        out.println("CoNLL-2003 named entities, " + documents + " documents, " + runs.get(0).tokens() + " tokens");
        out.println("Text: tokens joined by single spaces, sentences by newlines. A found entity covers every token it"
                + " overlaps;");
        out.println("it counts when its tokens and type equal a gold entity's (conlleval). DATE, MONEY, PERCENT and"
                + " NUMBER mentions");
        out.println("are not CoNLL entities and are ignored; NATIONALITY counts as MISC.");
        for (NerRun run : runs) {
            out.println();
            out.printf(Locale.ROOT, "%-10s %9s %9s %9s %7s %7s %7s%n", run.system(), "precision", "recall", "F1",
                    "found", "gold", "right");
            for (String type : NerScore.TYPES) {
                row(out, type, run.score().of(type));
            }
            row(out, "all", run.score().micro());
        }
        out.println();
        NerRun product = runs.get(0);
        String pipeline = fullPipeline ? "full service pipeline (with claims)" : "entity stage";
        out.printf(Locale.ROOT, "claimlens (%s): %.1f s, %.0f tokens/s%n", pipeline, product.seconds(),
                product.tokensPerSecond());
        if (runs.size() > 1) {
            NerRun baseline = runs.get(1);
            out.printf(Locale.ROOT, "corenlp tokenize,ssplit,pos,lemma,ner: %.1f s, %.0f tokens/s; claimlens takes"
                    + " %.2fx its time%n", baseline.seconds(), baseline.tokensPerSecond(),
                    (double) product.nanos() / baseline.nanos());
        }
        out.println(Json.write(json()));
    }

    private static void row(PrintStream out, String label, NerScore.Counts counts) {
        out.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %7d %7d %7d%n", label, counts.precision(), counts.recall(),
                counts.f1(), counts.predicted(), counts.gold(), counts.correct());
    }

    private Map<String, Object> json() {
        NerRun product = runs.get(0);
        Map<String, Object> json = new LinkedHashMap<>(product.scoresAsJson());
        if (runs.size() > 1) {
            json.put("baseline", runs.get(1).scoresAsJson());
        }
        json.put("tokens_per_second", product.tokensPerSecond());
        if (runs.size() > 1) {
            json.put("baseline_tokens_per_second", runs.get(1).tokensPerSecond());
        }
        json.put("documents", documents);
        return json;
    }
}
