package org.claimlens.analysis.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the claim extractor against PolNeAR attributions, not run as a test:
 * {@code AttributionEvaluation <polnear split folder, e.g. ../shared/eval/attribution-polnear/dev>}. A claim matches
 * an attribution when their contents overlap by half the shorter of the two; for matched pairs it reports how often
 * the claimant overlaps the annotated source and the cue the annotated cue.
 */
public final class AttributionEvaluation {

    private AttributionEvaluation() {
    }

    /** One annotated attribution; a span is null when the annotation lacks it. */
    private record Gold(int[] content, int[] source, int[] cue) {
    }

    private static final class Score {
        int predicted;
        int predictedMatched;
        int gold;
        int goldMatched;
        int withSource;
        int sourceRight;
        int cueRight;
        final Map<ClaimKind, int[]> byKind = new HashMap<>();
    }

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args[0]);
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(ExtractionSettings.defaults());
        Score score = new Score();
        for (Map.Entry<Path, Path> document : documents(split).entrySet()) {
            String text = Files.readString(document.getKey());
            List<Claim> claims = analyzer.analyze(Article.ofText(text)).claims();
            compare(claims, gold(document.getValue()), score);
        }
        report(score);
    }

    private static void compare(List<Claim> claims, List<Gold> golds, Score score) {
        score.predicted += claims.size();
        score.gold += golds.size();
        for (Claim claim : claims) {
            boolean matched = golds.stream().anyMatch(gold -> matches(claim, gold));
            score.predictedMatched += matched ? 1 : 0;
            int[] kind = score.byKind.computeIfAbsent(claim.kind(), k -> new int[2]);
            kind[0]++;
            kind[1] += matched ? 1 : 0;
        }
        for (Gold gold : golds) {
            claims.stream().filter(claim -> matches(claim, gold)).findFirst().ifPresent(claim -> {
                score.goldMatched++;
                if (gold.source() != null) {
                    score.withSource++;
                    score.sourceRight += claim.claimant() != null && overlap(claim.claimant(), gold.source()) > 0 ? 1 : 0;
                }
                score.cueRight += claim.cue() != null && gold.cue() != null && overlap(claim.cue(), gold.cue()) > 0 ? 1 : 0;
            });
        }
    }

    private static boolean matches(Claim claim, Gold gold) {
        Span content = claim.content();
        int shorter = Math.min(content.end() - content.start(), gold.content()[1] - gold.content()[0]);
        return overlap(content, gold.content()) * 2 >= shorter;
    }

    private static int overlap(Span span, int[] range) {
        return Math.max(0, Math.min(span.end(), range[1]) - Math.max(span.start(), range[0]));
    }

    private static void report(Score score) {
        double precision = (double) score.predictedMatched / score.predicted;
        double recall = (double) score.goldMatched / score.gold;
        System.out.printf("claims %d, attributions %d%n", score.predicted, score.gold);
        System.out.printf("content match: precision %.3f, recall %.3f, F1 %.3f%n", precision, recall,
                2 * precision * recall / (precision + recall));
        score.byKind.forEach((kind, counts) -> System.out.printf("  %s: %d claims, precision %.3f%n", kind,
                counts[0], (double) counts[1] / counts[0]));
        System.out.printf("matched attributions with a source: claimant overlaps it in %.3f%n",
                (double) score.sourceRight / score.withSource);
        System.out.printf("matched attributions: cue overlaps in %.3f%n", (double) score.cueRight / score.goldMatched);
    }

    /** Each text with one annotator's file: the first in name order where several annotated it. */
    private static Map<Path, Path> documents(Path split) throws IOException {
        Map<Path, Path> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path ann : files.sorted().toList()) {
                String name = ann.getFileName().toString();
                Path text = split.resolve("text").resolve(name.substring(0, name.lastIndexOf('_')) + ".txt");
                documents.putIfAbsent(text, ann);
            }
        }
        return documents;
    }

    /** Brat standoff: T lines hold spans ("Content 13 98;100 120"), E lines tie them into attributions. */
    private static List<Gold> gold(Path ann) throws IOException {
        Map<String, int[]> spans = new HashMap<>();
        List<String> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndRanges = fields[1].split(" ", 2);
                int[] offsets = Arrays.stream(typeAndRanges[1].split("[ ;]")).mapToInt(Integer::parseInt).toArray();
                spans.put(fields[0], new int[]{Arrays.stream(offsets).min().orElseThrow(),
                        Arrays.stream(offsets).max().orElseThrow()});
            } else if (line.startsWith("E") && fields.length >= 2) {
                relations.add(fields[1]);
            }
        }
        List<Gold> golds = new ArrayList<>();
        for (String relation : relations) {
            Map<String, int[]> roles = new HashMap<>();
            for (String role : relation.split(" ")) {
                String[] parts = role.split(":");
                roles.put(parts[0], spans.get(parts[1]));
            }
            if (roles.get("Content") != null) {
                golds.add(new Gold(roles.get("Content"), roles.get("Source"), roles.get("Cue")));
            }
        }
        return golds;
    }
}
